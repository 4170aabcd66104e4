import {
  adminOnly,
  all,
  type Cases,
  members,
  no,
  ok,
  representatives,
} from '../../../test/helpers/access.ts';

const signFields = { signerName: 'A Person', signerTitle: 'CEO', authorised: 'yes', accept: 'yes' };

/** Who may use each signatures route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  // Anyone may dispute an enterprise number that is taken (A's is).
  'GET /:l/organisations/dispute': { url: () => '/fr/organisations/dispute', expect: all(ok) },
  'POST /:l/organisations/dispute': {
    url: () => '/fr/organisations/dispute',
    form: (_n, c) => ({
      kbo: c.orgAKbo,
      organisationName: 'The Real Company',
      claimantName: 'Jan Claes',
      claimantRole: 'Director',
      contact: 'jan@example.be',
    }),
    expect: all({ status: 303, to: '/fr/organisations/dispute/sent' }),
  },
  'GET /:l/organisations/dispute/sent': { url: () => '/fr/organisations/dispute/sent', expect: all(ok) },
  'GET /:l/organisations/:id/signature': {
    url: (c) => `/fr/organisations/${c.orgA}/signature`,
    expect: members(ok),
  },
  'GET /:l/organisations/:id/sign': {
    url: (c) => `/fr/organisations/${c.orgA}/sign`,
    expect: representatives(ok),
  },
  'GET /:l/organisations/:id/signed': {
    url: (c) => `/fr/organisations/${c.orgB}/signed`,
    expect: members(ok, no),
  },
  'GET /:l/admin/signatures': { url: () => '/fr/admin/signatures', expect: adminOnly(ok) },
  'GET /:l/admin/signatures/:id': {
    url: (c) => `/fr/admin/signatures/${c.sigs.approve}`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/signatures/:id/approve': {
    url: (c) => `/fr/admin/signatures/${c.sigs.approve}/approve`,
    form: () => ({ note: '' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/reject': {
    url: (c) => `/fr/admin/signatures/${c.sigs.reject}/reject`,
    form: () => ({ reason: 'No.' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/request-info': {
    url: (c) => `/fr/admin/signatures/${c.sigs.info}/request-info`,
    form: () => ({ message: 'Who are you?' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/suspend': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('active')}/suspend`,
    form: () => ({ suspendReason: 'Under review' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/lift': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('suspended')}/lift`,
    form: () => ({ liftNote: '' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/revoke': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('active')}/revoke`,
    form: () => ({ revokeReason: 'Not the organisation it claimed to be' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/change/approve': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('active', true)}/change/approve`,
    form: () => ({ changeNote: '' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/change/reject': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('active', true)}/change/reject`,
    form: () => ({ changeReason: 'The enterprise number is another company’s.' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'GET /:l/admin/signatures/disputes/:id': {
    url: (c) => `/fr/admin/signatures/disputes/${c.dispute}`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/signatures/disputes/:id/close': {
    url: async (c) => `/fr/admin/signatures/disputes/${await c.newDispute()}/close`,
    form: () => ({ note: 'Called them' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/disputes/' }),
  },
  'GET /:l/receipts/:id': { url: (c) => `/fr/receipts/${c.receipt}`, expect: all(ok) },
  'GET /:l/receipts/:id/receipt.pdf': {
    url: (c) => `/fr/receipts/${c.receipt}/receipt.pdf`,
    expect: all(ok),
  },
  // Last: signing A again and withdrawing it before verification takes A off the register for the rows after.
  'POST /:l/organisations/:id/sign': {
    last: true,
    url: (c) => `/fr/organisations/${c.orgA}/sign`,
    form: () => signFields,
    expect: representatives({ status: 303, to: '/fr/organisations/' }),
  },
  'POST /:l/organisations/:id/reply': {
    last: true,
    url: (c) => `/fr/organisations/${c.orgA}/reply`,
    form: () => ({ answer: 'An answer' }),
    // Members may answer, but the secretariat asked nothing of A.
    expect: members({ status: 409 }, no),
  },
  'POST /:l/organisations/:id/withdraw': {
    last: true,
    url: (c) => `/fr/organisations/${c.orgA}/withdraw`,
    form: () => ({ confirm: 'yes' }),
    expect: representatives({ status: 303, to: '/fr/organisations/' }),
  },
};
