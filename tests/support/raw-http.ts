import { connect } from "node:net";

export type RawResponse = { status: number; headers: Record<string, string>; body: string };

/**
 * Sends bytes as they are, for requests no HTTP client would send (bad request lines, huge
 * headers), and reads the whole answer until the server closes the connection.
 */
export const rawRequest = (port: number, text: string): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      received += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const split = received.indexOf("\r\n\r\n");
      const [statusLine = "", ...headerLines] = received.slice(0, split).split("\r\n");
      const headers = Object.fromEntries(
        headerLines.map((line) => [
          line.slice(0, line.indexOf(":")).toLowerCase(),
          line.slice(line.indexOf(":") + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: received.slice(split + 4) });
    });
  });

export const listenOnLoopback = async (app: {
  listen: (options: { port: number; host: string }) => Promise<string>;
  server: { address: () => unknown };
}): Promise<number> => {
  await app.listen({ port: 0, host: "127.0.0.1" });
  return (app.server.address() as { port: number }).port;
};
