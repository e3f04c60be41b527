import { NextResponse } from "next/server";
import { playlistInput } from "@/lib/contracts/playlists";
import {
  deletePlaylist,
  getPlaylist,
  playlistItems,
  PlaylistNotFoundError,
  updatePlaylist,
} from "@/lib/playlists/repository";
import { NotFoundError, parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The repository's not-found becomes a 404 here, so lib/server/http needs no playlist knowledge. */
async function found<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof PlaylistNotFoundError) throw new NotFoundError(error.message);
    throw error;
  }
}

export const GET = route(async (_request: Request, { params }: Context) => {
  const playlist = await found(getPlaylist((await params).id));
  return NextResponse.json(
    { ...playlist, items: await playlistItems(playlist) },
    { headers: { "cache-control": "no-store" } },
  );
});

export const PUT = route(async (request: Request, { params }: Context) => {
  const input = await parseBody(request, playlistInput);
  return NextResponse.json(await found(updatePlaylist((await params).id, input)));
});

export const DELETE = route(async (_request: Request, { params }: Context) => {
  await found(deletePlaylist((await params).id));
  return new NextResponse(null, { status: 204 });
});
