import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/** The web app lives in web/ and imports the shared message catalogs from src/i18n. */
export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 700 },
  server: {
    proxy: { "/api": "http://localhost:3000" },
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
});
