/** The reference catalog. Every other language must have exactly these keys: tsc checks it. */
export const fr = {
  'layout.skip': 'Aller au contenu',
  'layout.languages': 'Langue',
  'layout.main_nav': 'Menu principal',
  'layout.footer': 'Inclusio, la plateforme libre de la Charte pour l’inclusion numérique en Belgique.',

  'nav.home': 'Accueil',
  'nav.admin_users': 'Utilisateurs',
  'nav.admin_audit': 'Journal d’audit',
  'nav.account': 'Mon compte',
  'nav.sign_out': 'Se déconnecter',
  'nav.sign_in': 'Se connecter',
  'nav.sign_up': 'Créer un compte',

  'form.error_summary': 'Il y a un problème',
  'form.error_prefix': 'Erreur :',
  'form.title_error_prefix': 'Erreur :',
  yes: 'Oui',
  no: 'Non',

  'pagination.label': 'Pages',
  'pagination.page': 'Page {page} sur {pages}',
  'pagination.previous': 'Page précédente',
  'pagination.next': 'Page suivante',

  'errorpage.400': 'La demande n’est pas valable',
  'errorpage.401': 'Connectez-vous pour continuer',
  'errorpage.403': 'Accès refusé',
  'errorpage.404': 'Page introuvable',
  'errorpage.413': 'Envoi trop volumineux',
  'errorpage.429': 'Trop de tentatives',
  'errorpage.500': 'Un problème est survenu',
  'errorpage.503': 'Service momentanément indisponible',
  'errorpage.reference': 'Si vous contactez le secrétariat, donnez cette référence : {id}.',
  'errorpage.home': 'Retour à l’accueil',

  'err.required': 'Remplissez ce champ.',
  'err.invalid': 'Cette valeur n’est pas valable. Vérifiez-la et réessayez.',
  'err.too_long': 'Ce texte est trop long.',
  'err.too_short': 'Ce texte est trop court.',
  'err.email.invalid': 'Entrez une adresse e-mail valable, comme nom@exemple.be.',
  'err.email.taken': 'Un compte existe déjà avec cette adresse e-mail.',
  'err.password.too_short': 'Choisissez un mot de passe d’au moins 10 caractères.',
  'err.password.current_wrong': 'Le mot de passe actuel n’est pas correct.',
  'err.page.invalid': 'Le numéro de page doit être un nombre entier.',
  'err.token.invalid': 'Ce lien n’est plus valable. Il a peut-être déjà servi ou expiré.',
  'err.auth.required': 'Connectez-vous pour voir cette page.',
  'err.auth.invalid_credentials': 'Adresse e-mail ou mot de passe incorrect.',
  'err.auth.email_unverified':
    'Confirmez d’abord votre adresse e-mail. Nous venons de vous envoyer un nouveau lien.',
  'err.forbidden': 'Vous n’avez pas accès à cette page.',
  'err.not_found': 'Cette page n’existe pas ou a été déplacée. Vérifiez l’adresse.',
  'err.csrf':
    'Ce formulaire a expiré ou ne vient pas de ce site. Revenez en arrière, rechargez la page et réessayez.',
  'err.body_too_large': 'Ce que vous avez envoyé est trop volumineux.',
  'err.unsupported_media_type': 'Ce type d’envoi n’est pas accepté.',
  'err.rate_limited': 'Trop de tentatives en peu de temps. Attendez une minute et réessayez.',
  'err.internal': 'Nous n’avons pas pu traiter votre demande. Réessayez dans un moment.',
  'err.role.last_admin': 'Il doit rester au moins un administrateur.',

  'field.name': 'Nom complet',
  'field.name_hint': 'Le nom que verront les autres membres de votre organisation.',
  'field.email': 'Adresse e-mail',
  'field.email_hint': 'Nous vous enverrons un lien pour la confirmer.',
  'field.password': 'Mot de passe',
  'field.new_password': 'Nouveau mot de passe',
  'field.new_password_hint': 'Au moins 10 caractères. Une courte phrase est facile à retenir.',
  'field.current_password': 'Mot de passe actuel',

  'signup.title': 'Créer un compte',
  'signup.intro': 'Avec un compte, vous pourrez représenter votre organisation et suivre ses engagements.',
  'signup.submit': 'Créer mon compte',
  'signup.have_account': 'Vous avez déjà un compte ?',
  'signup.sign_in_link': 'Connectez-vous',

  'check_email.title': 'Consultez vos e-mails',
  'check_email.body': 'Nous avons envoyé un lien à votre adresse. Ouvrez-le pour confirmer votre compte.',
  'check_email.spam': 'Rien reçu après quelques minutes ? Regardez dans les indésirables.',

  'verify.title': 'Confirmer votre adresse e-mail',
  'verify.body': 'Appuyez sur le bouton pour confirmer votre adresse et activer votre compte.',
  'verify.submit': 'Confirmer mon adresse',
  'verify.invalid_title': 'Ce lien ne fonctionne pas',
  'verify.invalid_action': 'Connectez-vous pour recevoir un nouveau lien',
  'verify.done': 'Votre adresse est confirmée. Vous pouvez vous connecter.',

  'signin.title': 'Se connecter',
  'signin.submit': 'Me connecter',
  'signin.forgot': 'J’ai oublié mon mot de passe',
  'signin.no_account': 'Pas encore de compte ?',
  'signin.sign_up_link': 'Créez-en un',
  'signout.done': 'Vous êtes déconnecté.',

  'forgot.title': 'Mot de passe oublié',
  'forgot.intro':
    'Entrez votre adresse e-mail. Si elle a un compte, nous y enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.submit': 'Envoyer le lien',
  'forgot.sent_title': 'Consultez vos e-mails',
  'forgot.sent_body':
    'Si cette adresse a un compte, un lien vient d’y être envoyé. Il reste valable une heure.',

  'reset.title': 'Choisir un nouveau mot de passe',
  'reset.submit': 'Enregistrer le mot de passe',
  'reset.invalid_title': 'Ce lien ne fonctionne pas',
  'reset.invalid_action': 'Demander un nouveau lien',
  'reset.done': 'Votre mot de passe est enregistré. Connectez-vous avec lui.',

  'account.title': 'Mon compte',
  'account.role': 'Rôle',
  'account.since': 'Compte créé le',
  'account.profile': 'Mon profil',
  'account.locale': 'Langue des e-mails',
  'account.locale_hint': 'Les messages de la plateforme vous seront envoyés dans cette langue.',
  'account.save': 'Enregistrer',
  'account.saved': 'Vos changements sont enregistrés.',
  'account.password': 'Mot de passe',
  'account.change_password': 'Changer le mot de passe',
  'account.password_changed': 'Votre mot de passe est changé. Vos autres sessions sont fermées.',
  'account.sessions': 'Sessions',
  'account.sessions_body':
    'Un appareil perdu ou partagé ? Fermez toutes vos sessions, sur tous les appareils.',
  'account.sign_out_everywhere': 'Me déconnecter partout',
  'account.signed_out_everywhere': 'Toutes vos sessions sont fermées.',

  'role.user': 'Utilisateur',
  'role.admin': 'Administrateur (secrétariat)',

  'mail.verify.subject': 'Confirmez votre adresse e-mail pour Inclusio',
  'mail.verify.body':
    'Bonjour {name},\n\nPour confirmer votre adresse et activer votre compte Inclusio, ouvrez ce lien :\n\n{link}\n\nLe lien reste valable 48 heures. Si vous n’avez pas créé de compte, ignorez ce message.\n\nInclusio',
  'mail.exists.subject': 'Vous avez déjà un compte Inclusio',
  'mail.exists.body':
    'Bonjour {name},\n\nQuelqu’un a voulu créer un compte Inclusio avec votre adresse. Vous en avez déjà un. Connectez-vous ici :\n\n{link}\n\nMot de passe oublié ? Utilisez « J’ai oublié mon mot de passe » sur cette page. Si ce n’était pas vous, ignorez ce message.\n\nInclusio',
  'mail.reset.subject': 'Choisissez un nouveau mot de passe Inclusio',
  'mail.reset.body':
    'Bonjour {name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien :\n\n{link}\n\nLe lien reste valable une heure. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n\nInclusio',

  'admin.filters': 'Filtres',
  'admin.apply': 'Filtrer',
  'admin.results': '{n} résultat(s)',
  'admin.users.title': 'Utilisateurs',
  'admin.users.search': 'Nom ou adresse e-mail',
  'admin.users.role': 'Rôle',
  'admin.users.all_roles': 'Tous les rôles',
  'admin.users.empty': 'Aucun utilisateur ne correspond.',
  'admin.users.verified': 'Adresse confirmée',
  'admin.users.created': 'Créé le',
  'admin.users.role_for': 'Rôle de {name}',
  'admin.users.make_admin': 'Nommer administrateur',
  'admin.users.make_user': 'Retirer le rôle d’administrateur',
  'admin.users.role_changed': 'Le rôle est changé.',
  'admin.audit.title': 'Journal d’audit',
  'admin.audit.intro':
    'Les connexions, changements de mot de passe et changements de rôle, du plus récent au plus ancien.',
  'admin.audit.action': 'Événement',
  'admin.audit.all_actions': 'Tous les événements',
  'admin.audit.empty': 'Aucun événement ne correspond.',
  'admin.audit.when': 'Date',
  'admin.audit.actor': 'Par',
  'admin.audit.subject': 'Concerne',
  'admin.audit.ip': 'Adresse IP',
  'admin.audit.details': 'Détails',

  'audit.action.auth.sign_in.success': 'Connexion réussie',
  'audit.action.auth.sign_in.failure': 'Connexion refusée',
  'audit.action.auth.sign_up': 'Compte créé',
  'audit.action.auth.email_verified': 'Adresse e-mail confirmée',
  'audit.action.auth.password.changed': 'Mot de passe changé',
  'audit.action.auth.password.reset': 'Mot de passe réinitialisé',
  'audit.action.auth.sign_out_everywhere': 'Déconnexion de toutes les sessions',
  'audit.action.user.created': 'Compte créé par la ligne de commande',
  'audit.action.user.role.changed': 'Rôle changé',

  'home.title': 'La Charte pour l’inclusion numérique',
  'home.lead':
    'Jusqu’à quatre Belges sur dix risquent d’être laissés de côté par une société de plus en plus numérique. Des entreprises, des services publics et des associations s’engagent ensemble à changer cela.',
  'home.what_title': 'Qu’est-ce que la Charte ?',
  'home.what_body':
    'Prendre rendez-vous, faire un virement, inscrire un enfant à l’école : tout se fait de plus en plus en ligne. Beaucoup de personnes n’ont pas les compétences, l’appareil ou la connexion pour le faire, ou s’inquiètent des arnaques. La Charte rassemble les organisations qui veulent aider chacun à trouver sa place dans ce monde numérique.',
  'home.who_body':
    'Toute organisation peut la signer : une entreprise privée, une administration ou une entreprise publique, une association. Elle s’engage au plus haut niveau, se fixe des objectifs et rend compte de ses progrès.',
  'home.commitments_title': 'Les neuf engagements',
  'home.commitments_intro': 'En signant, une organisation promet de :',
  'home.platform_title': 'Ce que fait Inclusio',
  'home.platform_sign': 'Les organisations signent la Charte, et chacun peut vérifier leur signature.',
  'home.platform_plan':
    'Elles transforment les engagements en objectifs et en actions, et suivent leurs progrès.',
  'home.platform_share': 'Elles partagent ce qui marche et s’unissent contre les obstacles.',
  'home.platform_measure': 'Elles mesurent leur inclusion numérique avec un indice.',
  'home.platform_report':
    'Elles rendent compte chaque année ; après trois ans, tous évaluent la Charte ensemble.',
  'home.cta': 'Créer un compte',

  'commitment.C1.short': 'Partager les bonnes pratiques.',
  'commitment.C1.plain':
    'Trouver ce qui marche pour l’inclusion numérique et le partager avec les autres signataires.',
  'commitment.C2.short': 'Lever les obstacles ensemble.',
  'commitment.C2.plain':
    'Repérer avec les autres signataires ce qui empêche les gens d’accéder au numérique, et agir ensemble.',
  'commitment.C3.short': 'S’engager au sommet.',
  'commitment.C3.plain':
    'La direction de l’organisation prend l’engagement et le fait vivre dans toute l’organisation.',
  'commitment.C4.short': 'Agir en interne.',
  'commitment.C4.plain': 'Former son personnel au numérique et partager les actions et les progrès.',
  'commitment.C5.short': 'Faire connaître la Charte.',
  'commitment.C5.plain':
    'Parler de la Charte hors de l’organisation pour qu’elle compte plus de signataires.',
  'commitment.C6.short': 'Soutenir les campagnes.',
  'commitment.C6.plain':
    'Soutenir les campagnes qui font de l’inclusion numérique une priorité et font connaître le problème.',
  'commitment.C7.short': 'S’évaluer.',
  'commitment.C7.plain':
    'Mesurer peu à peu comment l’organisation inclut son personnel, ses clients et ses bénéficiaires.',
  'commitment.C8.short': 'Donner confiance.',
  'commitment.C8.plain':
    'Rendre les outils numériques plus sûrs et protéger les gens contre les abus et les arnaques.',
  'commitment.C9.short': 'Suivre et évaluer.',
  'commitment.C9.plain':
    'Suivre ses progrès et, après trois ans, évaluer la Charte avec les autres signataires.',
} as const satisfies Record<string, string>;
