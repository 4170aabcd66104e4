import { defineFeature } from '../../platform/feature.ts';
import type { RegisterService } from '../register/service.ts';
import { messages } from './messages.ts';
import { homePages, rootRedirect } from './routes.tsx';

/** The home page, and the bare address that sends each visitor to their language. */
export function homeFeature(needs: { register: RegisterService }) {
  return defineFeature({
    name: 'home',
    service: undefined,
    messages,
    pages: (scope) => homePages(scope, needs.register),
    routes: rootRedirect,
    menu: [{ path: '/', label: 'nav.home', audience: 'everyone', order: 10 }],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    home: typeof messages;
  }
}
