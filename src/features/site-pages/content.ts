import type { Localized } from '../../platform/i18n/index.ts';
import type { SitePage } from './schema.ts';

/**
 * What each footer page says until the secretariat writes its own: facts about the platform itself (WCAG 2.2 AA,
 * what data it keeps and why), in plain language. Markdown, rendered with raw HTML off.
 */
export const DEFAULT_TEXTS: Record<SitePage, Localized> = {
  accessibility: {
    fr: `Le secrétariat de la Charte pour l’inclusion numérique veut que tout le monde puisse utiliser cette plateforme, Inclusio. Cette déclaration vaut pour toutes ses pages, dans les quatre langues.

## État de conformité

La plateforme est **partiellement conforme** aux règles WCAG 2.2, niveau AA, reprises dans la norme européenne EN 301 549, comme le demande la directive (UE) 2016/2102 aux organismes publics. Le but est une conformité totale.

## Ce que nous vérifions

- Chaque page est testée automatiquement avec l’outil axe, dans chaque langue : aucune erreur n’est acceptée.
- Tous les formulaires s’utilisent au clavier seul, et on voit toujours où l’on se trouve.
- Les pages fonctionnent sans JavaScript et se lisent sur un écran de 320 pixels de large ou avec un zoom de 200 %, sans défiler de côté.
- Chaque graphique est accompagné d’un tableau avec les mêmes chiffres.

## Ce qui n’est pas encore accessible

- Aucun audit complet n’a encore été fait par une personne experte. Les tests automatiques ne trouvent pas tous les problèmes.
- Les textes et les fichiers PDF publiés par les organisations signataires (bonnes pratiques, rapports) ne sont peut-être pas accessibles. Le secrétariat ne peut pas tous les vérifier.

## Signaler un obstacle

Vous ne pouvez pas utiliser une page ou un document ? Écrivez au secrétariat (coordonnées ci-dessous) : dites ce que vous vouliez faire et sur quelle page. Le secrétariat vous répond et, si possible, vous donne l’information sous une autre forme.

## Recours

Si la réponse ne vous satisfait pas, adressez-vous au service de médiation compétent pour l’organisme qui gère cette plateforme : par exemple le Médiateur fédéral, le Médiateur de Wallonie et de la Fédération Wallonie-Bruxelles, le Médiateur bruxellois, le Vlaamse Ombudsdienst ou l’Ombudsman de la Communauté germanophone.

## Comment cette déclaration a été établie

Elle repose sur une auto-évaluation et sur les tests automatiques de la plateforme. Le secrétariat la met à jour quand il corrige ou découvre un problème.`,
    nl: `Het secretariaat van het Charter voor digitale inclusie wil dat iedereen dit platform, Inclusio, kan gebruiken. Deze verklaring geldt voor alle pagina’s, in de vier talen.

## Nalevingsstatus

Het platform voldoet **gedeeltelijk** aan de WCAG 2.2-richtlijnen, niveau AA, zoals opgenomen in de Europese norm EN 301 549 en zoals Richtlijn (EU) 2016/2102 van overheidsinstanties vraagt. Het doel is volledige naleving.

## Wat wij controleren

- Elke pagina wordt in elke taal automatisch getest met de tool axe: geen enkele fout wordt aanvaard.
- Alle formulieren werken met het toetsenbord alleen, en u ziet altijd waar u bent.
- De pagina’s werken zonder JavaScript en zijn leesbaar op een scherm van 320 pixels breed of met 200 % zoom, zonder zijwaarts te scrollen.
- Bij elke grafiek staat een tabel met dezelfde cijfers.

## Wat nog niet toegankelijk is

- Er is nog geen volledige audit door een deskundige gebeurd. Automatische tests vinden niet alle problemen.
- Teksten en pdf-bestanden die ondertekenaars publiceren (goede praktijken, verslagen) zijn misschien niet toegankelijk. Het secretariaat kan ze niet allemaal controleren.

## Een drempel melden

Kunt u een pagina of document niet gebruiken? Schrijf het secretariaat (gegevens hieronder): zeg wat u wilde doen en op welke pagina. Het secretariaat antwoordt u en geeft u de informatie zo mogelijk in een andere vorm.

## Beroep

Bent u niet tevreden met het antwoord? Wend u dan tot de ombudsdienst die bevoegd is voor de instantie die dit platform beheert, bijvoorbeeld de Federale Ombudsman, de Vlaamse Ombudsdienst, de Brusselse Ombudsman, de Ombudsman van Wallonië en de Federatie Wallonië-Brussel of de Ombudsman van de Duitstalige Gemeenschap.

## Hoe deze verklaring tot stand kwam

Ze steunt op een zelfevaluatie en op de automatische tests van het platform. Het secretariaat werkt ze bij wanneer het een probleem oplost of ontdekt.`,
    de: `Das Sekretariat der Charta für die digitale Inklusion in Belgien möchte, dass alle Menschen diese Plattform, Inclusio, nutzen können. Diese Erklärung gilt für alle Seiten, in allen vier Sprachen.

## Stand der Vereinbarkeit

Die Plattform ist **teilweise vereinbar** mit den WCAG 2.2, Stufe AA, wie sie die europäische Norm EN 301 549 übernimmt und wie die Richtlinie (EU) 2016/2102 es von öffentlichen Stellen verlangt. Ziel ist die volle Vereinbarkeit.

## Was wir prüfen

- Jede Seite wird in jeder Sprache automatisch mit dem Werkzeug axe getestet: Kein Fehler wird hingenommen.
- Alle Formulare lassen sich allein mit der Tastatur bedienen, und Sie sehen immer, wo Sie sich befinden.
- Die Seiten funktionieren ohne JavaScript und sind auf einem 320 Pixel breiten Bildschirm oder mit 200 % Zoom lesbar, ohne seitliches Scrollen.
- Zu jeder Grafik gibt es eine Tabelle mit denselben Zahlen.

## Was noch nicht barrierefrei ist

- Eine vollständige Prüfung durch eine Fachperson hat noch nicht stattgefunden. Automatische Tests finden nicht alle Probleme.
- Texte und PDF-Dateien, die Unterzeichner veröffentlichen (Praxisbeispiele, Berichte), sind vielleicht nicht barrierefrei. Das Sekretariat kann nicht alle prüfen.

## Eine Barriere melden

Sie können eine Seite oder ein Dokument nicht nutzen? Schreiben Sie dem Sekretariat (Kontakt unten): Sagen Sie, was Sie tun wollten und auf welcher Seite. Das Sekretariat antwortet Ihnen und gibt Ihnen die Information wenn möglich in einer anderen Form.

## Beschwerde

Sind Sie mit der Antwort nicht zufrieden, wenden Sie sich an den Ombudsdienst, der für die Stelle zuständig ist, die diese Plattform betreibt, zum Beispiel den Ombudsmann der Deutschsprachigen Gemeinschaft, den Föderalen Ombudsmann, den Ombudsmann der Wallonie und der Föderation Wallonie-Brüssel, den Brüsseler Ombudsmann oder den Flämischen Ombudsdienst.

## Wie diese Erklärung entstand

Sie beruht auf einer Selbstbewertung und auf den automatischen Tests der Plattform. Das Sekretariat aktualisiert sie, wenn es ein Problem behebt oder entdeckt.`,
    en: `The secretariat of the Charter for Digital Inclusion in Belgium wants everyone to be able to use this platform, Inclusio. This statement covers all its pages, in the four languages.

## Compliance status

The platform is **partially compliant** with WCAG 2.2, level AA, as taken up in the European standard EN 301 549 and as Directive (EU) 2016/2102 asks of public bodies. The aim is full compliance.

## What we check

- Every page is tested automatically with the axe tool, in every language: no error is accepted.
- Every form works with a keyboard alone, and you can always see where you are.
- Pages work without JavaScript and can be read on a screen 320 pixels wide or at 200 % zoom, without scrolling sideways.
- Every chart comes with a table of the same figures.

## What is not accessible yet

- No full audit by an expert has been done yet. Automatic tests do not find every problem.
- Texts and PDF files that signatories publish (good practices, reports) may not be accessible. The secretariat cannot check them all.

## Report a barrier

Cannot use a page or a document? Write to the secretariat (contact below): say what you wanted to do and on which page. The secretariat answers and, where it can, gives you the information in another form.

## Enforcement

If the answer does not satisfy you, turn to the ombudsman for the body that runs this platform, for example the Federal Ombudsman, the Flemish Ombudsman, the Brussels Ombudsman, the Ombudsman of Wallonia and the Wallonia-Brussels Federation, or the Ombudsman of the German-speaking Community.

## How this statement was prepared

It rests on a self-assessment and on the platform’s automatic tests. The secretariat updates it when it fixes or finds a problem.`,
  },
  privacy: {
    fr: `Cette page dit quelles données personnelles la plateforme garde, pourquoi, et quels sont vos droits selon le règlement général sur la protection des données (RGPD).

## Qui est responsable

Le secrétariat de la Charte pour l’inclusion numérique, qui gère cette plateforme, est le responsable du traitement. Ses coordonnées sont sur la page de contact.

## Ce que la plateforme garde

- **Votre compte** : nom, adresse e-mail, langue, rôle et mot de passe. Le mot de passe est gardé sous une forme (argon2id) que personne ne peut relire.
- **Vos connexions** : une session par appareil, qui prend fin d’elle-même (après 14 jours, sauf autre choix du secrétariat). Le cookie ne contient qu’un code au hasard, et la base de données n’en garde qu’une empreinte.
- **Le journal d’audit** : les connexions, les changements de mot de passe et les décisions importantes (signature, vérification, rapport), avec leur date et l’adresse IP. Il sert à la sécurité et aux contrôles du secrétariat.
- **Les signatures** : le nom et la fonction de la personne qui signe pour son organisation sont **publics** (liste des signataires, reçu, registre de preuves). L’adresse IP et le navigateur utilisés pour signer servent aux contrôles du secrétariat et ne sont montrés nulle part.
- **Les organisations** : leur fiche, leurs membres, et ce qu’elles écrivent (plan d’action, bonnes pratiques, rapports). Ce qu’une organisation rend public, tout le monde peut le lire.
- **Les e-mails** que la plateforme envoie (confirmation, invitation, rappel, résumé de la semaine), gardés un temps, puis effacés.

## Pourquoi

Pour faire vivre la Charte : les organisations signent, suivent leurs engagements et en rendent compte ; le public peut vérifier qui a signé.

## Cookies

La plateforme n’utilise que les cookies nécessaires : rester connecté, protéger les formulaires, et afficher un message après un enregistrement. Pas de mesure d’audience, pas de publicité, aucun service d’une autre entreprise.

## Vos droits

Vous pouvez voir vos données, les corriger, les faire effacer ou vous opposer à leur traitement : écrivez au secrétariat. Vous pouvez aussi porter plainte auprès de l’Autorité de protection des données (https://www.autoriteprotectiondonnees.be).`,
    nl: `Deze pagina legt uit welke persoonsgegevens het platform bewaart, waarom, en welke rechten u hebt volgens de Algemene Verordening Gegevensbescherming (AVG).

## Wie is verantwoordelijk

Het secretariaat van het Charter voor digitale inclusie, dat dit platform beheert, is de verwerkingsverantwoordelijke. Zijn gegevens staan op de contactpagina.

## Wat het platform bewaart

- **Uw account**: naam, e-mailadres, taal, rol en wachtwoord. Het wachtwoord wordt bewaard in een vorm (argon2id) die niemand kan teruglezen.
- **Uw aanmeldingen**: één sessie per toestel, die vanzelf afloopt (na 14 dagen, tenzij het secretariaat anders kiest). De cookie bevat alleen een willekeurige code, en de databank bewaart daarvan alleen een vingerafdruk.
- **Het auditlogboek**: aanmeldingen, wachtwoordwijzigingen en belangrijke beslissingen (ondertekening, controle, verslag), met datum en IP-adres. Het dient voor de beveiliging en de controles van het secretariaat.
- **De handtekeningen**: de naam en functie van wie voor een organisatie ondertekent, zijn **openbaar** (lijst van ondertekenaars, ontvangstbewijs, bewijsregister). Het IP-adres en de browser waarmee werd ondertekend, dienen voor de controles van het secretariaat en worden nergens getoond.
- **De organisaties**: hun fiche, hun leden en wat ze schrijven (actieplan, goede praktijken, verslagen). Wat een organisatie openbaar maakt, kan iedereen lezen.
- **De e-mails** die het platform verstuurt (bevestiging, uitnodiging, herinnering, weekoverzicht), een tijd bewaard en daarna gewist.

## Waarom

Om het Charter te laten werken: organisaties ondertekenen, volgen hun engagementen op en leggen er verantwoording over af; het publiek kan nagaan wie ondertekende.

## Cookies

Het platform gebruikt alleen noodzakelijke cookies: aangemeld blijven, formulieren beveiligen en een bericht tonen na het opslaan. Geen bezoekersstatistieken, geen reclame, geen diensten van andere bedrijven.

## Uw rechten

U kunt uw gegevens inkijken, laten verbeteren of wissen, en u verzetten tegen de verwerking: schrijf het secretariaat. U kunt ook klacht indienen bij de Gegevensbeschermingsautoriteit (https://www.gegevensbeschermingsautoriteit.be).`,
    de: `Diese Seite erklärt, welche personenbezogenen Daten die Plattform speichert, warum, und welche Rechte Sie nach der Datenschutz-Grundverordnung (DSGVO) haben.

## Wer verantwortlich ist

Verantwortlich ist das Sekretariat der Charta für die digitale Inklusion in Belgien, das diese Plattform betreibt. Seine Kontaktdaten stehen auf der Kontaktseite.

## Was die Plattform speichert

- **Ihr Konto**: Name, E-Mail-Adresse, Sprache, Rolle und Passwort. Das Passwort wird in einer Form (argon2id) gespeichert, die niemand zurücklesen kann.
- **Ihre Anmeldungen**: eine Sitzung je Gerät, die von selbst endet (nach 14 Tagen, wenn das Sekretariat nichts anderes wählt). Das Cookie enthält nur einen zufälligen Code, und die Datenbank speichert davon nur einen Fingerabdruck.
- **Das Audit-Protokoll**: Anmeldungen, Passwortänderungen und wichtige Entscheidungen (Unterzeichnung, Prüfung, Bericht), mit Datum und IP-Adresse. Es dient der Sicherheit und den Kontrollen des Sekretariats.
- **Die Unterschriften**: Name und Funktion der Person, die für eine Organisation unterzeichnet, sind **öffentlich** (Liste der Unterzeichner, Empfangsbestätigung, Nachweisregister). IP-Adresse und Browser, mit denen unterzeichnet wurde, dienen den Kontrollen des Sekretariats und werden nirgends gezeigt.
- **Die Organisationen**: ihr Profil, ihre Mitglieder und was sie schreiben (Aktionsplan, gute Praktiken, Berichte). Was eine Organisation veröffentlicht, kann jeder lesen.
- **Die E-Mails**, die die Plattform verschickt (Bestätigung, Einladung, Erinnerung, Wochenübersicht), eine Zeit lang gespeichert und dann gelöscht.

## Wozu

Damit die Charta funktioniert: Organisationen unterzeichnen, verfolgen ihre Verpflichtungen und legen Rechenschaft ab; die Öffentlichkeit kann prüfen, wer unterzeichnet hat.

## Cookies

Die Plattform nutzt nur notwendige Cookies: angemeldet bleiben, Formulare schützen und nach dem Speichern eine Meldung zeigen. Keine Besucherstatistik, keine Werbung, keine Dienste anderer Unternehmen.

## Ihre Rechte

Sie können Ihre Daten einsehen, berichtigen oder löschen lassen und der Verarbeitung widersprechen: Schreiben Sie dem Sekretariat. Sie können sich auch bei der Datenschutzbehörde beschweren (https://www.datenschutzbehorde.be).`,
    en: `This page says what personal data the platform keeps, why, and what your rights are under the General Data Protection Regulation (GDPR).

## Who is responsible

The secretariat of the Charter for Digital Inclusion in Belgium, which runs this platform, is the controller. Its contact details are on the contact page.

## What the platform keeps

- **Your account**: name, email address, language, role and password. The password is kept in a form (argon2id) that nobody can read back.
- **Your sign-ins**: one session per device, which ends by itself (after 14 days, unless the secretariat chooses otherwise). The cookie holds only a random code, and the database keeps only a fingerprint of it.
- **The audit log**: sign-ins, password changes and important decisions (signing, verification, report), with their date and IP address. It serves security and the secretariat’s checks.
- **Signatures**: the name and title of the person who signs for an organisation are **public** (list of signatories, receipt, proof ledger). The IP address and browser used to sign serve the secretariat’s checks and are shown nowhere.
- **Organisations**: their profile, their members and what they write (action plan, good practices, reports). What an organisation makes public, anyone can read.
- **The emails** the platform sends (confirmation, invitation, reminder, weekly digest), kept for a while, then deleted.

## Why

To make the Charter work: organisations sign, follow up their commitments and report on them; the public can check who signed.

## Cookies

The platform uses only the cookies it needs: staying signed in, protecting forms, and showing a message after saving. No audience measurement, no advertising, no other company’s services.

## Your rights

You can see your data, have it corrected or erased, and object to its processing: write to the secretariat. You can also complain to the Data Protection Authority (https://www.dataprotectionauthority.be).`,
  },
  legal: {
    fr: `## Qui publie cette plateforme

Le secrétariat de la Charte pour l’inclusion numérique l’installe et la gère. Ses coordonnées sont sur la page de contact.

## Le logiciel

Inclusio est un logiciel libre, publié sous la licence publique de l’Union européenne (EUPL 1.2) : chacun peut l’utiliser, l’étudier, le modifier et le partager.

## Qui répond de quoi

- Le secrétariat publie le texte de la Charte et les pages de la plateforme. Il vérifie les signatures et relit les bonnes pratiques avant leur publication.
- Chaque organisation signataire répond de ce qu’elle publie : sa fiche, son plan d’action, ses bonnes pratiques et ses rapports.
- Vous voyez une erreur ? Signalez-la au secrétariat, qui la corrige ou la fait corriger.`,
    nl: `## Wie dit platform publiceert

Het secretariaat van het Charter voor digitale inclusie installeert en beheert het. Zijn gegevens staan op de contactpagina.

## De software

Inclusio is vrije software, gepubliceerd onder de openbare licentie van de Europese Unie (EUPL 1.2): iedereen mag ze gebruiken, bestuderen, aanpassen en delen.

## Wie waarvoor instaat

- Het secretariaat publiceert de tekst van het Charter en de pagina’s van het platform. Het controleert de handtekeningen en leest de goede praktijken na voor ze verschijnen.
- Elke ondertekenaar staat in voor wat hij publiceert: zijn fiche, zijn actieplan, zijn goede praktijken en zijn verslagen.
- Ziet u een fout? Meld ze aan het secretariaat, dat ze verbetert of laat verbeteren.`,
    de: `## Wer diese Plattform herausgibt

Das Sekretariat der Charta für die digitale Inklusion in Belgien richtet sie ein und betreibt sie. Seine Kontaktdaten stehen auf der Kontaktseite.

## Die Software

Inclusio ist freie Software unter der Open-Source-Lizenz der Europäischen Union (EUPL 1.2): Jeder darf sie nutzen, untersuchen, ändern und weitergeben.

## Wer wofür einsteht

- Das Sekretariat veröffentlicht den Text der Charta und die Seiten der Plattform. Es prüft die Unterschriften und liest die guten Praktiken vor ihrer Veröffentlichung.
- Jeder Unterzeichner steht für das ein, was er veröffentlicht: sein Profil, seinen Aktionsplan, seine guten Praktiken und seine Berichte.
- Sie sehen einen Fehler? Melden Sie ihn dem Sekretariat, das ihn berichtigt oder berichtigen lässt.`,
    en: `## Who publishes this platform

The secretariat of the Charter for Digital Inclusion in Belgium installs and runs it. Its contact details are on the contact page.

## The software

Inclusio is free software, published under the European Union Public Licence (EUPL 1.2): anyone may use, study, change and share it.

## Who answers for what

- The secretariat publishes the text of the Charter and the platform’s pages. It verifies signatures and reviews good practices before they are published.
- Each signatory answers for what it publishes: its profile, its action plan, its good practices and its reports.
- Seen a mistake? Tell the secretariat, which corrects it or has it corrected.`,
  },
  contact: {
    fr: `Le secrétariat de la Charte pour l’inclusion numérique gère cette plateforme. Écrivez-lui pour :

- une question sur la Charte ou sur la signature de votre organisation ;
- un obstacle d’accessibilité sur une page ou dans un document ;
- vos données personnelles : les voir, les corriger ou les faire effacer.

Le secrétariat n’a pas encore publié son adresse e-mail, son adresse postale et son numéro de téléphone sur cette page.`,
    nl: `Het secretariaat van het Charter voor digitale inclusie beheert dit platform. Schrijf het voor:

- een vraag over het Charter of over de handtekening van uw organisatie;
- een toegankelijkheidsdrempel op een pagina of in een document;
- uw persoonsgegevens: inkijken, verbeteren of laten wissen.

Het secretariaat heeft zijn e-mailadres, postadres en telefoonnummer nog niet op deze pagina gezet.`,
    de: `Das Sekretariat der Charta für die digitale Inklusion in Belgien betreibt diese Plattform. Schreiben Sie ihm bei:

- einer Frage zur Charta oder zur Unterschrift Ihrer Organisation;
- einer Barriere auf einer Seite oder in einem Dokument;
- Ihren personenbezogenen Daten: einsehen, berichtigen oder löschen lassen.

Das Sekretariat hat seine E-Mail-Adresse, Postanschrift und Telefonnummer noch nicht auf dieser Seite veröffentlicht.`,
    en: `The secretariat of the Charter for Digital Inclusion in Belgium runs this platform. Write to it about:

- a question on the Charter or on your organisation’s signature;
- an accessibility barrier on a page or in a document;
- your personal data: to see it, correct it or have it erased.

The secretariat has not yet put its email address, postal address and phone number on this page.`,
  },
};
