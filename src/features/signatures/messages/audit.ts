import { defineMessages } from '../../../platform/i18n/define.ts';

/** How the audit log names what this feature records. */
export const auditMessages = defineMessages({
  'audit.action.organisation.change_rejected': {
    fr: 'Changement d’identité refusé',
    nl: 'Wijziging van identiteit geweigerd',
    de: 'Identitätsänderung abgelehnt',
    en: 'Identity change rejected',
  },
  'audit.action.kbo.disputed': {
    fr: 'Numéro d’entreprise contesté',
    nl: 'Ondernemingsnummer betwist',
    de: 'Unternehmensnummer angefochten',
    en: 'Enterprise number disputed',
  },
  'audit.action.kbo.dispute_closed': {
    fr: 'Contestation clôturée',
    nl: 'Betwisting afgesloten',
    de: 'Anfechtung abgeschlossen',
    en: 'Dispute closed',
  },
  'audit.action.signature.identity_changed': {
    fr: 'Identité vérifiée modifiée',
    nl: 'Gecontroleerde identiteit gewijzigd',
    de: 'Geprüfte Identität geändert',
    en: 'Verified identity changed',
  },
  'audit.action.signature.suspended': {
    fr: 'Signature suspendue',
    nl: 'Handtekening geschorst',
    de: 'Unterschrift ausgesetzt',
    en: 'Signature suspended',
  },
  'audit.action.signature.suspension_lifted': {
    fr: 'Suspension levée',
    nl: 'Schorsing opgeheven',
    de: 'Aussetzung aufgehoben',
    en: 'Suspension lifted',
  },
  'audit.action.signature.revoked': {
    fr: 'Signature révoquée',
    nl: 'Handtekening herroepen',
    de: 'Unterschrift widerrufen',
    en: 'Signature revoked',
  },
  'audit.action.signature.signed': {
    fr: 'Charte signée',
    nl: 'Charter ondertekend',
    de: 'Charta unterzeichnet',
    en: 'Charter signed',
  },
  'audit.action.signature.info_requested': {
    fr: 'Informations demandées',
    nl: 'Informatie gevraagd',
    de: 'Informationen angefordert',
    en: 'Information requested',
  },
  'audit.action.signature.info_provided': {
    fr: 'Informations fournies',
    nl: 'Informatie bezorgd',
    de: 'Informationen geliefert',
    en: 'Information provided',
  },
  'audit.action.signature.verified': {
    fr: 'Signature vérifiée',
    nl: 'Handtekening gecontroleerd',
    de: 'Unterschrift geprüft',
    en: 'Signature verified',
  },
  'audit.action.signature.rejected': {
    fr: 'Signature refusée',
    nl: 'Handtekening geweigerd',
    de: 'Unterschrift abgelehnt',
    en: 'Signature rejected',
  },
  'audit.action.signature.withdrawn': {
    fr: 'Signature retirée',
    nl: 'Handtekening ingetrokken',
    de: 'Unterschrift zurückgezogen',
    en: 'Signature withdrawn',
  },
  'audit.action.signature.lapsed': {
    fr: 'Signature expirée',
    nl: 'Handtekening vervallen',
    de: 'Unterschrift erloschen',
    en: 'Signature lapsed',
  },
  'audit.action.signature.non_reporting': {
    fr: 'Rapport annuel en retard',
    nl: 'Jaarverslag te laat',
    de: 'Jahresbericht überfällig',
    en: 'Yearly report overdue',
  },
  'audit.action.signature.reinstated': {
    fr: 'Signature de nouveau active après un rapport en retard',
    nl: 'Handtekening weer actief na een verslag dat te laat was',
    de: 'Unterschrift wieder aktiv nach einem verspäteten Bericht',
    en: 'Signature active again after an overdue report',
  },
  'audit.action.organisation.change_proposed': {
    fr: 'Changement d’identité proposé',
    nl: 'Wijziging van identiteit voorgesteld',
    de: 'Identitätsänderung vorgeschlagen',
    en: 'Identity change proposed',
  },
});
