import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { EthicsVersion } from './content.ts';
import type { FacilitationService } from './feature.ts';
import { figuresPages } from './figures-routes.tsx';
import { logPages } from './log-routes.tsx';
import { networkPages } from './network-routes.tsx';
import { EthicsPage } from './pages/ethics.tsx';
import { ethicsPdf } from './pdf.ts';
import { teamPages } from './team-routes.tsx';

/** Every page of the facilitators' part, under each language. */
export function facilitationPages(app: FastifyInstance, deps: Deps, svc: FacilitationService) {
  ethicsPages(app, deps, svc.ethics());
  teamPages(app, deps, svc);
  logPages(app, svc.log, svc.themes);
  figuresPages(app, deps, svc.statistics, svc.log, svc.themes);
  networkPages(app, deps, svc.structures, svc.statistics);
}

/** The code of ethics, public in each language, and its printable sheet. */
function ethicsPages(app: FastifyInstance, deps: Deps, current: EthicsVersion) {
  app.get('/ethics', async (req, reply) => {
    const text = current.texts[req.locale];
    return reply.page({ title: text.title, body: <EthicsPage text={text} version={current.version} /> });
  });
  app.get('/ethics/code-of-ethics.pdf', async (req, reply) => {
    const text = current.texts[req.locale];
    const url = `${deps.config.baseUrl}/${req.locale}/ethics`;
    const pdf = await ethicsPdf(
      text,
      current.version,
      req.locale,
      translator(req.locale),
      url,
      deps.clock.now(),
    );
    return reply
      .saveAs(`inclusio-code-of-ethics-v${current.version}-${req.locale}.pdf`, {
        type: 'application/pdf',
        inline: true,
      })
      .send(pdf);
  });
}
