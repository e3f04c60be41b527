import { NextResponse } from "next/server";
import { playlistInput } from "@/lib/contracts/playlists";
import { createPlaylist, listPlaylists } from "@/lib/playlists/repository";
import { parseBody, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  return NextResponse.json(
    { playlists: await listPlaylists() },
    { headers: { "cache-control": "no-store" } },
  );
});

export const POST = route(async (request: Request) => {
  const input = await parseBody(request, playlistInput);
  return NextResponse.json(await createPlaylist(input), { status: 201 });
});
