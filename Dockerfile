# The clinic bot as a container: Node 20, production dependencies only, running as the image's
# unprivileged `node` user. Build: docker build -t clinic-bot .   Run: see README "Running it in a container".
# Build stage: the TypeScript sources compiled to JavaScript (dist/), with the dev tools.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.sh ./scripts/
COPY src ./src
COPY dialogs ./dialogs
RUN bash scripts/build.sh

FROM node:20-slim

ENV NODE_ENV=production \
    DOTENV_CONFIG_QUIET=true \
    PORT=3978 \
    # Inside a container the loopback default of open mode would be unreachable from outside; the
    # port is only reachable where it is published. Production sets MicrosoftAppId (authenticated).
    HOST=0.0.0.0

WORKDIR /app

# Locked production dependencies only. Install scripts are skipped; the one that matters,
# botbuilder-dialogs' clean-up of nested recognizers-text-number copies (which calls `npx rimraf`,
# a dev tool), is done here with rm.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/@microsoft/recognizers-text-suite/node_modules/@microsoft/recognizers-text-number \
           node_modules/@microsoft/recognizers-text-date-time/node_modules/@microsoft/recognizers-text-number \
           node_modules/@microsoft/recognizers-text-number-with-unit/node_modules/@microsoft/recognizers-text-number \
 && npm cache clean --force

COPY --from=build /app/dist ./dist
COPY content ./content
COPY scripts/run-node.sh ./scripts/

USER node
EXPOSE 3978

# Liveness: the process answers /healthz (readiness, with storage, is /readyz for the load balancer).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Not through npm: run-node.sh execs node, so SIGTERM reaches the app and in-flight turns are saved.
# It sets the node options npm start and the bench use: the heap cap (NODE_HEAP_MB, 256: about 250 MB
# resident under load) and the garbage collector (NODE_GC, parallel unless set to single).
CMD ["bash", "scripts/run-node.sh"]
