import { defineConfig } from "vite";

// The build lands in ../http/ui, which the Go binary embeds; it is committed so that
// `go install` needs no npm, and CI checks that a fresh build reproduces it byte for byte.
export default defineConfig({
  base: "/",
  build: {
    outDir: "../http/ui",
    emptyOutDir: true,
    assetsDir: "assets",
    // No source maps: they would double the embedded size for no analyst benefit.
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { "/api": process.env.SITREP_API ?? "http://127.0.0.1:8080" },
  },
});
