/* eslint-disable no-undef */
/**
 * webpack 5, after Microsoft's Excel React task-pane template (Office-Addin-TaskPane-React):
 * one entry (the pane), its Web Worker found from `new Worker(new URL(...))`, the spreadsheet
 * parser and the engine in lazy chunks, HtmlWebpackPlugin for taskpane.html (office.js from the
 * CDN, a Content-Security-Policy meta), assets and manifest copied.
 *
 * `npm run build` needs no certificates; only `webpack serve` asks office-addin-dev-certs, and
 * falls back to the generated files or plain http when the CA cannot be installed (Linux, CI).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const DEV_URL = "https://localhost:3000";

/**
 * The manifest for an address: every https://localhost:3000 becomes ADDIN_URL (no trailing
 * slash). A production build refuses an address that is not https (Office loads add-ins over
 * https only). Exported for the manifest test (test/excel/manifest.test.ts).
 */
function manifestFor(xml, url) {
  if (!url) return xml;
  const base = String(url).replace(/\/+$/, "");
  if (!/^https:\/\/[^\s"<>]+$/.test(base)) throw new Error(`ADDIN_URL must be an https address, got ${url}`);
  return xml.split(DEV_URL).join(base);
}

/**
 * Scripts only from ourselves and the Office CDN; no connection but office.js's own (the award
 * lists are personal data: the pane never sends anything anywhere). The dev server adds its
 * websocket for hot reload in development only.
 */
const csp = (dev) =>
  [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  dev ? "connect-src 'self' wss://localhost:* ws://localhost:*" : "connect-src https://appsforoffice.microsoft.com",
  "worker-src 'self'",
  // Fluent UI (Griffel) inserts its style rules at run time
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (e) {
    // The CA could not be installed (no sudo, Linux): use the generated files if they exist.
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.key", "localhost.crt"].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) {
      const [ca, key, cert] = files.map((f) => fs.readFileSync(f));
      return { type: "https", options: { ca, key, cert } };
    }
    console.warn(`office-addin-dev-certs unavailable (${e && e.message}); serving plain http. Office needs https to sideload.`);
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  if (options.mode === "production" && !process.env.ADDIN_URL) {
    console.warn("ADDIN_URL is not set: dist/manifest.xml still points at https://localhost:3000 (see docs/trien-khai.md).");
  }
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: dev } } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    optimization: {
      splitChunks: { chunks: "all" },
    },
    performance: { maxEntrypointSize: 1_200_000, maxAssetSize: 1_200_000 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        csp: csp(dev),
      }),
      // the manifest's FunctionFile: no ribbon commands run code, the page only loads office.js
      new HtmlWebpackPlugin({
        filename: "commands.html",
        templateContent:
          '<!doctype html><html><head><meta charset="UTF-8"/>' +
          `<meta http-equiv="Content-Security-Policy" content="${csp(dev)}"/>` +
          '<script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
          "</head><body></body></html>",
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content.toString(), dev ? undefined : process.env.ADDIN_URL) },
        ],
      }),
    ],
    devServer: serving
      ? {
          hot: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsOptions(),
          port: DEV_PORT,
          static: false,
        }
      : undefined,
  };
};

module.exports.manifestFor = manifestFor;
