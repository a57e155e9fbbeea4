/**
 * Vite configuration for the web app. `npm start` runs the dev server from
 * this file, and the browser tests build the app with it.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const frontendRoot = dirname(fileURLToPath(import.meta.url));
const govukAssets = join(
  frontendRoot,
  "../node_modules/govuk-frontend/dist/govuk/assets",
);

const assetTypes: Record<string, string> = {
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * Serves and emits govuk-frontend's fonts and images at `/assets/fonts` and
 * `/assets/images`, the paths its prebuilt CSS refers to, so they are not
 * copied into the repository.
 */
function govukAssetsPlugin(): Plugin {
  return {
    name: "govuk-frontend-assets",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/assets\/(fonts|images)\/([\w.-]+)$/.exec(
          (request.url ?? "").split("?")[0] ?? "",
        );
        const file = match ? join(govukAssets, match[1]!, match[2]!) : undefined;
        if (!file || !existsSync(file)) return next();

        response.setHeader(
          "Content-Type",
          assetTypes[extname(file)] ?? "application/octet-stream",
        );
        createReadStream(file).pipe(response);
      });
    },
    generateBundle() {
      for (const folder of ["fonts", "images"]) {
        for (const name of readdirSync(join(govukAssets, folder))) {
          this.emitFile({
            type: "asset",
            fileName: `assets/${folder}/${name}`,
            source: readFileSync(join(govukAssets, folder, name)),
          });
        }
      }
    },
  };
}

const apiOrigin = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

export default defineConfig({
  root: frontendRoot,
  publicDir: join(frontendRoot, "public"),
  plugins: [react(), govukAssetsPlugin()],
  css: {
    // govuk-frontend's CSS uses hacks for old browsers that Lightning CSS
    // (Vite 8's CSS pipeline) rejects unless errorRecovery is set.
    lightningcss: { errorRecovery: true },
  },
  build: {
    outDir: join(frontendRoot, "dist"),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    host: "127.0.0.1",
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    proxy: {
      "/api": apiOrigin,
      "/local": apiOrigin,
      "/config.json": apiOrigin,
    },
  },
  preview: {
    host: "127.0.0.1",
  },
});
