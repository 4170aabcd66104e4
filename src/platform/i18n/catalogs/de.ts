import type { Catalog } from '../index.ts';

export const de: Catalog = {
  'layout.skip': 'Zum Inhalt',
  'layout.languages': 'Sprache',
  'layout.main_nav': 'Hauptmenü',
  'layout.footer': 'Inclusio, die freie Plattform der Charta für digitale Inklusion in Belgien.',

  'nav.home': 'Startseite',
  'nav.admin_users': 'Benutzer',
  'nav.admin_audit': 'Audit-Protokoll',
  'nav.account': 'Mein Konto',
  'nav.sign_out': 'Abmelden',
  'nav.sign_in': 'Anmelden',
  'nav.sign_up': 'Konto erstellen',

  'form.error_summary': 'Es gibt ein Problem',
  'form.error_prefix': 'Fehler:',
  'form.title_error_prefix': 'Fehler:',
  yes: 'Ja',
  no: 'Nein',

  'pagination.label': 'Seiten',
  'pagination.page': 'Seite {page} von {pages}',
  'pagination.previous': 'Vorherige Seite',
  'pagination.next': 'Nächste Seite',

  'errorpage.400': 'Die Anfrage ist ungültig',
  'errorpage.401': 'Melden Sie sich an, um fortzufahren',
  'errorpage.403': 'Zugriff verweigert',
  'errorpage.404': 'Seite nicht gefunden',
  'errorpage.413': 'Zu viele Daten gesendet',
  'errorpage.429': 'Zu viele Versuche',
  'errorpage.500': 'Etwas ist schiefgelaufen',
  'errorpage.503': 'Dienst vorübergehend nicht verfügbar',
  'errorpage.reference': 'Wenn Sie das Sekretariat kontaktieren, nennen Sie diese Referenz: {id}.',
  'errorpage.home': 'Zurück zur Startseite',

  'err.required': 'Füllen Sie dieses Feld aus.',
  'err.invalid': 'Dieser Wert ist ungültig. Prüfen Sie ihn und versuchen Sie es erneut.',
  'err.too_long': 'Dieser Text ist zu lang.',
  'err.too_short': 'Dieser Text ist zu kurz.',
  'err.email.invalid': 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.be.',
  'err.email.taken': 'Mit dieser E-Mail-Adresse gibt es schon ein Konto.',
  'err.password.too_short': 'Wählen Sie ein Passwort mit mindestens 10 Zeichen.',
  'err.password.current_wrong': 'Das aktuelle Passwort ist nicht richtig.',
  'err.page.invalid': 'Die Seitenzahl muss eine ganze Zahl sein.',
  'err.token.invalid':
    'Dieser Link ist nicht mehr gültig. Vielleicht wurde er schon benutzt oder er ist abgelaufen.',
  'err.auth.required': 'Melden Sie sich an, um diese Seite zu sehen.',
  'err.auth.invalid_credentials': 'E-Mail-Adresse oder Passwort ist nicht richtig.',
  'err.auth.email_unverified':
    'Bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen gerade einen neuen Link geschickt.',
  'err.forbidden': 'Sie haben keinen Zugriff auf diese Seite.',
  'err.not_found': 'Diese Seite gibt es nicht oder sie wurde verschoben. Prüfen Sie die Adresse.',
  'err.csrf':
    'Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.',
  'err.body_too_large': 'Was Sie gesendet haben, ist zu groß.',
  'err.unsupported_media_type': 'Diese Art von Daten wird nicht angenommen.',
  'err.rate_limited': 'Zu viele Versuche in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es erneut.',
  'err.internal': 'Wir konnten Ihre Anfrage nicht bearbeiten. Versuchen Sie es gleich noch einmal.',
  'err.role.last_admin': 'Es muss mindestens ein Administrator übrig bleiben.',

  'field.name': 'Vollständiger Name',
  'field.name_hint': 'Diesen Namen sehen die anderen Mitglieder Ihrer Organisation.',
  'field.email': 'E-Mail-Adresse',
  'field.email_hint': 'Wir schicken Ihnen einen Link, um sie zu bestätigen.',
  'field.password': 'Passwort',
  'field.new_password': 'Neues Passwort',
  'field.new_password_hint': 'Mindestens 10 Zeichen. Ein kurzer Satz ist leicht zu merken.',
  'field.current_password': 'Aktuelles Passwort',

  'signup.title': 'Konto erstellen',
  'signup.intro':
    'Mit einem Konto können Sie Ihre Organisation vertreten und ihre Verpflichtungen verfolgen.',
  'signup.submit': 'Mein Konto erstellen',
  'signup.have_account': 'Haben Sie schon ein Konto?',
  'signup.sign_in_link': 'Melden Sie sich an',

  'check_email.title': 'Prüfen Sie Ihre E-Mails',
  'check_email.body':
    'Wir haben einen Link an Ihre Adresse geschickt. Öffnen Sie ihn, um Ihr Konto zu bestätigen.',
  'check_email.spam': 'Nach ein paar Minuten nichts erhalten? Sehen Sie im Spam-Ordner nach.',

  'verify.title': 'E-Mail-Adresse bestätigen',
  'verify.body':
    'Klicken Sie auf die Schaltfläche, um Ihre Adresse zu bestätigen und Ihr Konto zu aktivieren.',
  'verify.submit': 'Meine Adresse bestätigen',
  'verify.invalid_title': 'Dieser Link funktioniert nicht',
  'verify.invalid_action': 'Melden Sie sich an, um einen neuen Link zu erhalten',
  'verify.done': 'Ihre Adresse ist bestätigt. Sie können sich jetzt anmelden.',

  'signin.title': 'Anmelden',
  'signin.submit': 'Anmelden',
  'signin.forgot': 'Ich habe mein Passwort vergessen',
  'signin.no_account': 'Noch kein Konto?',
  'signin.sign_up_link': 'Erstellen Sie eines',
  'signout.done': 'Sie sind abgemeldet.',

  'forgot.title': 'Passwort vergessen',
  'forgot.intro':
    'Geben Sie Ihre E-Mail-Adresse ein. Wenn es dazu ein Konto gibt, schicken wir Ihnen einen Link, um ein neues Passwort zu wählen.',
  'forgot.submit': 'Link senden',
  'forgot.sent_title': 'Prüfen Sie Ihre E-Mails',
  'forgot.sent_body':
    'Wenn es zu dieser Adresse ein Konto gibt, haben wir gerade einen Link dorthin geschickt. Der Link ist eine Stunde gültig.',

  'reset.title': 'Neues Passwort wählen',
  'reset.submit': 'Passwort speichern',
  'reset.invalid_title': 'Dieser Link funktioniert nicht',
  'reset.invalid_action': 'Neuen Link anfordern',
  'reset.done': 'Ihr Passwort ist gespeichert. Melden Sie sich damit an.',

  'account.title': 'Mein Konto',
  'account.role': 'Rolle',
  'account.since': 'Konto erstellt am',
  'account.profile': 'Mein Profil',
  'account.locale': 'Sprache der E-Mails',
  'account.locale_hint': 'Wir schicken Ihnen die Nachrichten der Plattform in dieser Sprache.',
  'account.save': 'Speichern',
  'account.saved': 'Ihre Änderungen sind gespeichert.',
  'account.password': 'Passwort',
  'account.change_password': 'Passwort ändern',
  'account.password_changed': 'Ihr Passwort ist geändert. Ihre anderen Sitzungen sind beendet.',
  'account.sessions': 'Sitzungen',
  'account.sessions_body':
    'Gerät verloren oder mit anderen geteilt? Beenden Sie alle Ihre Sitzungen auf allen Geräten.',
  'account.sign_out_everywhere': 'Überall abmelden',
  'account.signed_out_everywhere': 'Alle Ihre Sitzungen sind beendet.',

  'role.user': 'Benutzer',
  'role.admin': 'Administrator (Sekretariat)',

  'mail.verify.subject': 'Bestätigen Sie Ihre E-Mail-Adresse für Inclusio',
  'mail.verify.body':
    'Guten Tag {name},\n\nbitte öffnen Sie diesen Link, um Ihre Adresse zu bestätigen und Ihr Inclusio-Konto zu aktivieren:\n\n{link}\n\nDer Link ist 48 Stunden gültig. Wenn Sie kein Konto erstellt haben, ignorieren Sie diese Nachricht.\n\nInclusio',
  'mail.exists.subject': 'Sie haben schon ein Inclusio-Konto',
  'mail.exists.body':
    'Guten Tag {name},\n\njemand wollte mit Ihrer Adresse ein Inclusio-Konto erstellen. Sie haben schon ein Konto. Melden Sie sich hier an:\n\n{link}\n\nPasswort vergessen? Wählen Sie auf dieser Seite „Ich habe mein Passwort vergessen“. Wenn Sie das nicht waren, ignorieren Sie diese Nachricht.\n\nInclusio',
  'mail.reset.subject': 'Wählen Sie ein neues Passwort für Inclusio',
  'mail.reset.body':
    'Guten Tag {name},\n\num ein neues Passwort zu wählen, öffnen Sie diesen Link:\n\n{link}\n\nDer Link ist eine Stunde gültig. Wenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.\n\nInclusio',

  'admin.filters': 'Filter',
  'admin.apply': 'Filtern',
  'admin.results': 'Ergebnisse: {n}',
  'admin.users.title': 'Benutzer',
  'admin.users.search': 'Name oder E-Mail-Adresse',
  'admin.users.role': 'Rolle',
  'admin.users.all_roles': 'Alle Rollen',
  'admin.users.empty': 'Keine passenden Benutzer gefunden.',
  'admin.users.verified': 'Adresse bestätigt',
  'admin.users.created': 'Erstellt am',
  'admin.users.role_for': 'Rolle von {name}',
  'admin.users.make_admin': 'Zum Administrator machen',
  'admin.users.make_user': 'Administratorrolle entziehen',
  'admin.users.role_changed': 'Die Rolle ist geändert.',
  'admin.audit.title': 'Audit-Protokoll',
  'admin.audit.intro': 'Anmeldungen, Passwortänderungen und Rollenänderungen, die neuesten zuerst.',
  'admin.audit.action': 'Ereignis',
  'admin.audit.all_actions': 'Alle Ereignisse',
  'admin.audit.empty': 'Keine passenden Ereignisse gefunden.',
  'admin.audit.when': 'Datum',
  'admin.audit.actor': 'Von',
  'admin.audit.subject': 'Betrifft',
  'admin.audit.ip': 'IP-Adresse',
  'admin.audit.details': 'Details',

  'audit.action.auth.sign_in.success': 'Anmeldung erfolgreich',
  'audit.action.auth.sign_in.failure': 'Anmeldung abgelehnt',
  'audit.action.auth.sign_up': 'Konto erstellt',
  'audit.action.auth.email_verified': 'E-Mail-Adresse bestätigt',
  'audit.action.auth.password.changed': 'Passwort geändert',
  'audit.action.auth.password.reset': 'Passwort zurückgesetzt',
  'audit.action.auth.sign_out_everywhere': 'Von allen Sitzungen abgemeldet',
  'audit.action.user.created': 'Konto über die Kommandozeile erstellt',
  'audit.action.user.role.changed': 'Rolle geändert',

  'home.title': 'Die Charta für digitale Inklusion',
  'home.lead':
    'Bis zu vier von zehn Menschen in Belgien laufen Gefahr, in einer immer digitaleren Gesellschaft abgehängt zu werden. Unternehmen, öffentliche Dienste und Vereinigungen setzen sich gemeinsam dafür ein, das zu ändern.',
  'home.what_title': 'Was ist die Charta?',
  'home.what_body':
    'Einen Termin vereinbaren, eine Überweisung machen, ein Kind in der Schule anmelden: Das geht immer öfter online. Vielen Menschen fehlen dafür die Kenntnisse, das Gerät oder die Verbindung, oder sie haben Angst vor Betrug. Die Charta bringt Organisationen zusammen, die allen helfen wollen, ihren Platz in dieser digitalen Welt zu finden.',
  'home.who_body':
    'Jede Organisation kann sie unterzeichnen: ein Privatunternehmen, eine Verwaltung oder ein öffentliches Unternehmen, eine Vereinigung. Die Organisation verpflichtet sich auf höchster Ebene, setzt sich Ziele und berichtet über ihre Fortschritte.',
  'home.commitments_title': 'Die neun Verpflichtungen',
  'home.commitments_intro': 'Mit ihrer Unterschrift verspricht eine Organisation Folgendes:',
  'home.platform_title': 'Was Inclusio tut',
  'home.platform_sign': 'Organisationen unterzeichnen die Charta, und alle können ihre Unterschrift prüfen.',
  'home.platform_plan':
    'Sie machen aus den Verpflichtungen Ziele und Maßnahmen und verfolgen ihre Fortschritte.',
  'home.platform_share': 'Sie teilen, was funktioniert, und schließen sich gegen Hindernisse zusammen.',
  'home.platform_measure': 'Sie messen ihre digitale Inklusion mit einem Index.',
  'home.platform_report': 'Sie berichten jedes Jahr. Nach drei Jahren bewerten alle gemeinsam die Charta.',
  'home.cta': 'Konto erstellen',

  'commitment.C1.short': 'Gute Praxis teilen.',
  'commitment.C1.plain':
    'Herausfinden, was für die digitale Inklusion funktioniert, und es mit den anderen Unterzeichnern teilen.',
  'commitment.C2.short': 'Hindernisse gemeinsam abbauen.',
  'commitment.C2.plain':
    'Mit den anderen Unterzeichnern erkennen, was Menschen den Zugang zur digitalen Welt versperrt, und gemeinsam handeln.',
  'commitment.C3.short': 'Sich an der Spitze verpflichten.',
  'commitment.C3.plain':
    'Die Leitung der Organisation geht die Verpflichtung ein und setzt sie in der ganzen Organisation um.',
  'commitment.C4.short': 'Intern handeln.',
  'commitment.C4.plain': 'Das eigene Personal digital weiterbilden und Maßnahmen und Fortschritte teilen.',
  'commitment.C5.short': 'Die Charta bekannt machen.',
  'commitment.C5.plain':
    'Außerhalb der Organisation über die Charta sprechen, damit mehr Organisationen sie unterzeichnen.',
  'commitment.C6.short': 'Kampagnen unterstützen.',
  'commitment.C6.plain':
    'Kampagnen unterstützen, die digitale Inklusion zur Priorität machen und auf das Problem aufmerksam machen.',
  'commitment.C7.short': 'Sich selbst bewerten.',
  'commitment.C7.plain':
    'Schritt für Schritt messen, wie gut die Organisation ihr Personal, ihre Kunden und ihre Leistungsempfänger einbezieht.',
  'commitment.C8.short': 'Vertrauen schaffen.',
  'commitment.C8.plain':
    'Digitale Werkzeuge sicherer machen und Menschen vor Missbrauch und Betrug schützen.',
  'commitment.C9.short': 'Verfolgen und bewerten.',
  'commitment.C9.plain':
    'Die eigenen Fortschritte verfolgen und nach drei Jahren die Charta mit den anderen Unterzeichnern bewerten.',
};
