/**
 * Serves a built front end from a folder, with `index.html` for client-side
 * routes, so the browser tests use one origin for the pages and the API.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

async function fileSize(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the file for `pathname` inside `root`. Returns undefined for a path
 * that escapes the folder or a missing asset; a path without an extension
 * is a client-side route and gets `index.html`.
 */
export async function resolveStaticFile(
  root: string,
  pathname: string,
): Promise<{ path: string; size: number } | undefined> {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;

  const candidate = resolve(join(base, decoded));
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;

  const direct = candidate === base ? undefined : await fileSize(candidate);
  if (direct !== undefined) return { path: candidate, size: direct };

  if (extname(decoded) !== "") return undefined;
  const index = join(base, "index.html");
  const indexSize = await fileSize(index);
  return indexSize === undefined ? undefined : { path: index, size: indexSize };
}

/** Serves one GET or HEAD request from `root`. Returns false when no file matches. */
export async function serveStaticFile(
  root: string,
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const file = await resolveStaticFile(root, pathname);
  if (!file) return false;

  const type =
    contentTypes[extname(file.path).toLowerCase()] ?? "application/octet-stream";
  response.statusCode = 200;
  response.setHeader("Content-Type", type);
  response.setHeader("Content-Length", file.size);
  response.setHeader("X-Content-Type-Options", "nosniff");
  // Vite puts a content hash in every file name under assets/, so those never change.
  response.setHeader(
    "Cache-Control",
    pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
  );

  if (request.method === "HEAD") {
    response.end();
    return true;
  }
  await new Promise<void>((resolveStream, rejectStream) => {
    const stream = createReadStream(file.path);
    stream.once("error", rejectStream);
    response.once("finish", () => resolveStream());
    response.once("close", () => resolveStream());
    stream.pipe(response);
  });
  return true;
}
