/** "1 widget", "2 widgets", "1,200 widgets". */
export function widgetCountText(count: number): string {
  return `${count.toLocaleString("en-US")} widget${count === 1 ? "" : "s"}`;
}
