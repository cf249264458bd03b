import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * Everything the web app loads comes from this server (fonts are bundled, the map is GeoJSON
 * from /api/geo), so the policy allows only 'self'. No upgrade-insecure-requests: a deployment on
 * plain HTTP inside a ministry network would otherwise have every asset upgraded to a dead https URL.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", "data:"],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  upgradeInsecureRequests: null,
};

/** HSTS tells browsers to use HTTPS for a year; sent over plain HTTP it would lock users out. */
const HSTS = "max-age=31536000; includeSubDomains";

export const registerSecurityHeaders = async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    strictTransportSecurity: false,
  });
  // request.protocol reads X-Forwarded-Proto only from a trusted proxy (TRUST_PROXY).
  app.addHook("onSend", async (request, reply) => {
    if (request.protocol === "https") reply.header("strict-transport-security", HSTS);
  });
};
