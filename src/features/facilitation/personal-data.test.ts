import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type PersonalData, personalDataIn } from './personal-data.ts';

function expectAll(kind: PersonalData | null, texts: string[]): void {
  for (const text of texts) assert.equal(personalDataIn(text), kind, text);
}

test('email addresses are found, plain or obfuscated, in any language', () => {
  expectAll('email', [
    'Elle a créé son adresse marie.dupont@gmail.com avec moi.',
    'Mevrouw wil mails ontvangen op Jan.Peeters+ocmw@Stad.Gent.BE voortaan.',
    'Neue Adresse: müller-schmidt@mail.example.de',
    'Helped him write to (jan_2@post.be) about the bill.',
    'Adresse notée : jan @ mail.be',
    'Zijn adres is jan(at)telenet.be',
    'Son adresse : marie [at] skynet [dot] be',
    'JOSÉ.GARCIA@EXEMPLE.BE',
    'Adresse\nsur deux lignes : a.b@c.eu',
  ]);
});

test('Belgian national numbers are found when their check digits are right', () => {
  expectAll('national_number', [
    'Rijksregisternummer 85073003328 ingevuld op de site.',
    'Numéro de registre national : 85.07.30-033.28',
    'NISS 85 07 30 033 28 recopié dans le formulaire.',
    'Nationalregisternummer 850730-033.28',
    // Born in 2005: the check digits only fit with the 2 prefixed.
    'Born in 2005, number 05.03.14-123.97',
    // BIS numbers add 20 or 40 to the month; 00 stands for an unknown birth date.
    'BIS 85.27.30-033.71',
    'BIS 85.47.30-033.17',
    'Numéro 85.00.00-033.06',
  ]);
});

test('eleven digits that fail the check, or have no possible month or day, are no national number', () => {
  expectAll(null, [
    'Factuurnummer 85073003329',
    'Référence 85.07.30-033.29',
    // Right check digits, but month 13, day 32 and month 34.
    'Ref 85133003370',
    'Ref 85073203365',
    'Ref 12345678958',
    // The grouping of a national number is YY MM DD SSS CC; another grouping is some other number.
    'Ticket 850 730 033 28',
  ]);
});

test('Belgian phone numbers are found in their usual forms', () => {
  expectAll('phone', [
    'Elle appelle le 02 123 45 67 en cas de souci.',
    'Bel het OCMW op 081/23.45.67',
    'Liège : 04 223 45 67',
    'Zijn gsm: 0470 12 34 56',
    'GSM 0470/12.34.56',
    'Handy 0470-12-34-56',
    'Mobile 0470 123 456',
    'Appeler 0470123456',
    'Téléphone fixe 021234567',
    'Büro (02) 123 45 67',
    'Tél. (0)2 123 45 67',
    'Bereikbaar op +32 470 12 34 56',
    'Call +32 (0)2 123 45 67',
    'Tél. +32(0)470/12.34.56',
    'Nummer 0032 2 123 45 67',
    'Nummer 0032470123456',
    'Mobile +32470123456',
    // A phone among other figures on the same line.
    'Op 04/12/2025 0470 12 34 56 gebeld',
    'Tel 0470 12 34 56 12 deelnemers',
  ]);
});

test('international numbers are found from eight to fifteen digits', () => {
  expectAll('phone', [
    'Sa fille en France : +33 1 23 45 67 89',
    'Tochter in Berlin: +49 30 1234567',
    'Her son in London, +44 20 7946 0958',
    'Cousin in the US: +1 (555) 123-4567',
    '+49 301234',
    '+123456789012345',
  ]);
  expectAll(null, ['+49 30123', '+1234567890123456', '+32 470 12 34']);
});

test('figures that are not phone numbers pass through', () => {
  expectAll(null, [
    'Bibliothèque, 1000 Bruxelles',
    'Cursus in 2026 herhalen',
    'Sitzung von 90 Minuten',
    'Rendez-vous le 04/12/2025',
    'Follow-up on 2025-12-04',
    'Termin am 4.12.2025 um 14:30',
    'Afspraak 04.12.2025 14.30',
    'Factuur van 1.250,50 € betaald',
    'Ondernemingsnummer 0123.456.749',
    'Numéro d’entreprise BE 0412.345.678',
    '12 participants, 3 ateliers',
    'Taux de réussite 85 %, 0,5 % d’abandons',
    'Budget 1.020.304.050 EUR',
    'Subside +12.500.000',
    'Op 04/12/2025 om 14:30, 12 deelnemers, 90 min, 45 %',
    'IBAN BE68 5390 0754 7034',
  ]);
  // The enterprise-number exception is that exact grouping, not every number of that shape.
  assert.equal(personalDataIn('Mobiel 0412 34 56 78'), 'phone');
});

test('the kind reported is the one that comes first in the text', () => {
  assert.equal(personalDataIn('Mail jan@mail.be, tel 0470 12 34 56, RRN 85073003328'), 'email');
  assert.equal(personalDataIn('Tel 0470 12 34 56, mail jan@mail.be, RRN 85073003328'), 'phone');
  assert.equal(personalDataIn('RRN 85073003328, tel 0470 12 34 56, mail jan@mail.be'), 'national_number');
  // A national number starting with 0 is not read as the landline in its first nine digits.
  assert.equal(personalDataIn('05.03.14-123.97'), 'national_number');
});

test('ordinary notes, odd and long texts give null without throwing', () => {
  expectAll(null, [
    '',
    'Aide pour installer itsme® et consulter MyMinfin. Très contente 😊',
    'Hulp bij het aanvragen van een afspraak @ het loket.',
    'Lone surrogate \ud800 and NUL-free Unicode: ÅÉÎÕÜ ß 中文',
    '1 '.repeat(50_000),
    `${' '.repeat(50_000)}x`,
    'a'.repeat(50_000),
    '@a.'.repeat(20_000),
  ]);
  assert.equal(personalDataIn(`${'word '.repeat(10_000)}0470 12 34 56`), 'phone');
});
