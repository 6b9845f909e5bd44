// A dependency-free server for the epicrisis app: the built Angular app at /,
// the promoted models at /models/NAME/... (from backend/models/NAME/).
// Cross-origin isolation headers let onnxruntime-web use WASM threads.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const MODELS = path.join(here, "models");
const APP = path.resolve(here, process.env.APP_DIST ?? "../frontend/dist/epicrisis/browser");
const PORT = Number(process.env.PORT ?? 8080);
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm",
  ".onnx": "application/octet-stream", ".onnx_data": "application/octet-stream",
  ".txt": "text/plain; charset=utf-8", ".jinja": "text/plain; charset=utf-8",
};

/** The file under root that urlPath names, or null (no traversal, no hidden entries). */
function resolveInside(root, urlPath) {
  const parts = decodeURIComponent(urlPath).split("/").filter(Boolean);
  if (parts.some((part) => part.startsWith(".") || part.includes("\\"))) {
    return null;
  }
  const full = path.resolve(root, ...parts);
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

async function send(response, file, fallback) {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Content-Length": info.size,
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
    });
    createReadStream(file).pipe(response);
  } catch {
    if (fallback) return send(response, fallback, null);
    response.writeHead(404).end("not found");
  }
}

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname.startsWith("/models/")) {
    const file = resolveInside(MODELS, url.pathname.slice("/models/".length));
    return file ? send(response, file, null) : response.writeHead(404).end("not found");
  }
  const file = resolveInside(APP, url.pathname) ?? path.join(APP, "index.html");
  return send(response, file, path.join(APP, "index.html"));
}).listen(PORT, () => {
  process.stdout.write(`epicrisis app on http://localhost:${PORT} (models from ${MODELS})\n`);
});
