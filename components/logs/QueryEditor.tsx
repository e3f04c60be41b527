"use client";

import { closeBrackets } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { Compartment, EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import { useEffect, useMemo, useRef } from "react";
import { validateQuery } from "@/lib/logs-insights";
import { logsInsightsSupport } from "./logs-language";
import styles from "./logs.module.css";

export interface QueryEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** Fields discovered in the chosen groups, offered by completion. */
  fields: readonly string[];
  label?: string;
}

/** The Logs Insights query editor (CodeMirror 6), with the engine's error shown under it. */
export function QueryEditor({ value, onChange, onRun, fields, label = "Query" }: QueryEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const callbacks = useRef({ onChange, onRun });
  useEffect(() => {
    callbacks.current = { onChange, onRun };
  }, [onChange, onRun]);

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          closeBrackets(),
          placeholder("fields @timestamp, @message | sort @timestamp desc | limit 100"),
          Prec.highest(
            keymap.of([
              {
                key: "Mod-Enter",
                run: () => {
                  callbacks.current.onRun();
                  return true;
                },
              },
            ]),
          ),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          language.current.of(logsInsightsSupport([])),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ "aria-label": label, "data-testid": "logs-query-editor" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; later values are pushed in below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(logsInsightsSupport(fields)) });
  }, [fields]);

  const validation = useMemo(() => (value.trim() === "" ? null : validateQuery(value)), [value]);

  return (
    <div className={styles.editorBlock}>
      <div ref={host} className={styles.editor} />
      {validation && !validation.ok ? (
        <p className={styles.queryError} role="alert" data-testid="logs-query-error">
          {validation.error.message} (at character {validation.error.startCharOffset + 1})
        </p>
      ) : null}
    </div>
  );
}
