import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/dialect.ts';
import { contentSecurityPolicy } from './http/content-security-policy.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { sessionPlugin } from './http/session.plugin.ts';
import { webPlugin } from './http/web.plugin.ts';
import type { Clock } from './lib/clock.ts';
import { systemClock } from './lib/clock.ts';
import { alertRoutes } from './routes/alert.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { campaignRoutes } from './routes/campaign.routes.ts';
import { dataSetRoutes } from './routes/data-set.routes.ts';
import { dataValueRoutes } from './routes/data-value.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { holidayRoutes } from './routes/holiday.routes.ts';
import { incidentCatalogueRoutes } from './routes/incident-catalogue.routes.ts';
import { incidentImportRoutes } from './routes/incident-import.routes.ts';
import { incidentRoutes } from './routes/incident.routes.ts';
import { indicatorRoutes } from './routes/indicator.routes.ts';
import { open311Routes } from './routes/open311.routes.ts';
import { policeUnitRoutes } from './routes/police-unit.routes.ts';
import { portalTipRoutes } from './routes/portal-tip.routes.ts';
import { targetRoutes } from './routes/target.routes.ts';
import { reportRoutes } from './routes/report.routes.ts';
import { tipRoutes } from './routes/tip.routes.ts';
import { unitRoutes } from './routes/unit.routes.ts';
import { userRoutes } from './routes/user.routes.ts';
import { createServices, type Services } from './services/index.ts';
import type { KeyMissingPolicy } from './vault/vault.ts';
import { APP_VERSION } from './version.ts';

export type AppDeps = {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Serve the built web app (off in API-only tests). */
  serveWeb?: boolean;
  /** A missing vault key file: created (default: tests, demo) or refused (production). */
  vaultKeyMissing?: KeyMissingPolicy;
};

export type App = FastifyInstance & { services: Services };
export type ApiInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
export type RouteModule = (app: ApiInstance, services: Services) => Promise<void> | void;

/** Builds the whole HTTP application without listening, so tests can use app.inject(). */
export async function buildApp(deps: AppDeps): Promise<App> {
  const clock = deps.clock ?? systemClock;
  const services = createServices(deps.database, clock, deps.config, {
    vaultKeyMissing: deps.vaultKeyMissing,
  });
  const app = Fastify({
    logger:
      deps.config.logLevel === 'silent'
        ? false
        : {
            level: deps.config.logLevel,
            // Never log addresses or bodies: an anonymous informant must leave no trace.
            serializers: {
              req: (req) => ({ method: req.method, url: req.url.split('?')[0] }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
    bodyLimit: 1_048_576,
    trustProxy: deps.config.behindTls,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy() },
    hsts: deps.config.behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'ANTT API',
        version: APP_VERSION,
        description: 'Public security and order platform. Errors: {error: {code, message, details}}.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'antt_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(sessionPlugin, { services, config: deps.config });

  const routeModules: RouteModule[] = [
    healthRoutes,
    authRoutes,
    userRoutes,
    unitRoutes,
    policeUnitRoutes,
    auditRoutes,
    tipRoutes,
    portalTipRoutes,
    alertRoutes,
    holidayRoutes,
    open311Routes,
    incidentRoutes,
    incidentCatalogueRoutes,
    indicatorRoutes,
    incidentImportRoutes,
    dataSetRoutes,
    dataValueRoutes,
    campaignRoutes,
    targetRoutes,
    reportRoutes,
  ];
  for (const routes of routeModules) {
    await app.register(async (scoped) => routes(scoped as unknown as ApiInstance, services));
  }

  if (deps.serveWeb ?? true) await app.register(webPlugin, { config: deps.config });

  const built = app as unknown as App;
  built.decorate('services', services);
  return built;
}
