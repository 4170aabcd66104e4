import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/authorize.ts';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../../platform/auth/cookie.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { anyPassword, email, nameText, newPassword, token } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { linkTokenCookie } from '../../platform/http/link-token.ts';
import { authLimits } from '../../platform/http/rate-limit.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { LOCALES, translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { AccountPage } from './pages/account.tsx';
import { ForgotPasswordPage, ForgotSentPage, ResetPasswordPage } from './pages/password.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { CheckEmailPage, SignUpPage, VerifyEmailPage } from './pages/sign-up.tsx';
import type { AccountsService } from './service.ts';

const signUpSchema = z.object({ name: nameText(100), email: email(), password: newPassword() });
/** A page of this site to return to after signing in; anything else is ignored. */
const nextPath = z
  .string()
  .regex(/^\/(fr|nl|de|en)(\/[A-Za-z0-9\-._~/?=&%]*)?$/)
  .max(500)
  .optional()
  .catch(undefined);
const signInSchema = z.object({ email: email(), password: anyPassword(), next: nextPath });
const forgotSchema = z.object({ email: email() });
const resendSchema = z.object({ email: email() });
const tokenQuery = z.object({ token: token() });
const resetSchema = z.object({ password: newPassword() });
const profileSchema = z.object({ name: nameText(100), locale: z.enum(LOCALES, 'invalid') });
const passwordSchema = z.object({ currentPassword: anyPassword(), newPassword: newPassword() });

const verifyLink = linkTokenCookie('verify_token', ['/verify-email']);
const resetLink = linkTokenCookie('reset_token', ['/reset-password']);
/**
 * The address just signed up with, for the "check your email" page alone: it shows there and its resend form
 * sends it back, while it stays out of the URL, the logs and every other page (HttpOnly, signed, one hour).
 */
const signedUpEmail = linkTokenCookie('signup_email', ['/sign-up/check-email']);
/** An emailed link's own address (…?token=), as opposed to the page it redirects to. */
const fromLink = (req: FastifyRequest) => (req.query as Record<string, unknown>)?.token !== undefined;

/**
 * The pages of one language: registered once per locale prefix. `landing` says where a person goes once
 * signed in, when no page asked for it (a newcomer's task list, or the account page).
 */
export function accountPages(
  app: FastifyInstance,
  deps: Deps,
  svc: AccountsService,
  landing: (actor: Actor) => Promise<string>,
) {
  const t = (req: FastifyRequest) => translator(req.locale);

  /** A new session id at every sign-in; the old one, if any, ends. */
  const startSession = async (req: FastifyRequest, reply: FastifyReply, userId: string) => {
    const old = readSessionCookie(req, deps.config);
    if (old) await deps.sessions.end(old);
    setSessionCookie(reply, deps.config, await deps.sessions.start(userId));
  };

  app.get('/sign-up', (req, reply) =>
    reply.page({ title: t(req)('signup.title'), body: <SignUpPage form={emptyForm()} /> }),
  );
  app.post('/sign-up', authLimits(app, deps, 'sign-up'), (req, reply) =>
    submitForm(
      req,
      signUpSchema,
      (form, status) =>
        reply.page({
          title: t(req)('signup.title'),
          status,
          body: <SignUpPage form={form} />,
        }),
      async (data) => {
        await svc.signUp(data, req.locale, req.ip);
        return signedUpEmail.keep(reply, deps.config, data.email).see('/sign-up/check-email');
      },
    ),
  );

  const checkEmailPage = (req: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) =>
    reply.page({
      title: t(req)('check_email.title'),
      status,
      body: <CheckEmailPage email={signedUpEmail.read(req)} form={form} />,
    });
  app.get('/sign-up/check-email', (req, reply) => checkEmailPage(req, reply, emptyForm()));
  // Sending the link again answers the same whether or not the address waits for confirmation.
  app.post('/sign-up/check-email', authLimits(app, deps, 'resend-verification'), (req, reply) =>
    submitForm(
      req,
      resendSchema,
      (form, status) => checkEmailPage(req, reply, form, status),
      async (data) => {
        await svc.resendVerification(data.email, req.ip);
        return signedUpEmail
          .keep(reply, deps.config, data.email)
          .flash({ kind: 'success', key: 'check_email.resent' })
          .see('/sign-up/check-email');
      },
    ),
  );

  // The link's token moves to a cookie and the page shows again without it, out of logs and history.
  app.get('/verify-email', async (req, reply) => {
    const q = parseInput(tokenQuery, fromLink(req) ? req.query : { token: verifyLink.read(req) });
    const valid = q.ok && (await svc.isLiveToken('verify_email', q.data.token));
    if (valid && q.ok && fromLink(req))
      return verifyLink.keep(reply, deps.config, q.data.token).see('/verify-email');
    return reply.page({
      title: t(req)(valid ? 'verify.title' : 'verify.invalid_title'),
      status: valid ? 200 : 400,
      body: <VerifyEmailPage valid={valid} />,
    });
  });
  app.post('/verify-email', async (req, reply) => {
    const token = verifyLink.read(req);
    if (!token) {
      return reply.page({
        title: t(req)('verify.invalid_title'),
        status: 400,
        body: <VerifyEmailPage valid={false} />,
      });
    }
    let user: { id: string; role: 'user' | 'admin' };
    try {
      user = await svc.verifyEmail(token, req.ip);
    } catch (e) {
      // Only a bad or used link is "invalid"; a database failure stays a 500, and is logged as one.
      if (!(e instanceof AppError && e.code === 'token.invalid')) throw e;
      return reply.page({
        title: t(req)('verify.invalid_title'),
        status: 400,
        body: <VerifyEmailPage valid={false} />,
      });
    }
    // The link proves the mailbox is theirs, as a reset link would: no need to type the password again.
    await startSession(req, reply, user.id);
    // Always a redirect: a page rendered now would carry a CSRF token bound to the session just ended.
    return verifyLink
      .drop(reply)
      .flash({ kind: 'success', key: 'verify.done' })
      .see(await landing(user));
  });

  app.get('/sign-in', async (req, reply) => {
    const next = nextPath.parse((req.query as Record<string, unknown>)?.next);
    if (req.user) return reply.redirect(next ?? `/${req.locale}${await landing(req.user)}`, 303);
    return reply.page({ title: t(req)('signin.title'), body: <SignInPage form={emptyForm()} next={next} /> });
  });
  app.post('/sign-in', authLimits(app, deps, 'sign-in'), (req, reply) =>
    submitForm(
      req,
      signInSchema,
      (form, status) =>
        reply.page({
          title: t(req)('signin.title'),
          status,
          body: <SignInPage form={form} next={nextPath.parse(form.values.next)} />,
        }),
      async (data) => {
        const user = await svc.signIn(data, req.ip);
        await startSession(req, reply, user.id);
        return reply.redirect(data.next ?? `/${req.locale}${await landing(user)}`, 303);
      },
    ),
  );

  app.post('/sign-out', async (req, reply) => {
    const token = readSessionCookie(req, deps.config);
    if (token) await deps.sessions.end(token);
    clearSessionCookie(reply, deps.config);
    return reply.flash({ kind: 'info', key: 'signout.done' }).see('/');
  });

  app.get('/forgot-password', (req, reply) =>
    reply.page({ title: t(req)('forgot.title'), body: <ForgotPasswordPage form={emptyForm()} /> }),
  );
  app.post('/forgot-password', authLimits(app, deps, 'forgot-password'), (req, reply) =>
    submitForm(
      req,
      forgotSchema,
      (form, status) =>
        reply.page({
          title: t(req)('forgot.title'),
          status,
          body: <ForgotPasswordPage form={form} />,
        }),
      async (data) => {
        await svc.requestPasswordReset(data.email, req.ip);
        return reply.see('/forgot-password/sent');
      },
    ),
  );
  app.get('/forgot-password/sent', (req, reply) =>
    reply.page({ title: t(req)('forgot.sent_title'), body: <ForgotSentPage /> }),
  );

  app.get('/reset-password', async (req, reply) => {
    const q = parseInput(tokenQuery, fromLink(req) ? req.query : { token: resetLink.read(req) });
    const valid = q.ok && (await svc.isLiveToken('reset_password', q.data.token));
    if (valid && q.ok && fromLink(req))
      return resetLink.keep(reply, deps.config, q.data.token).see('/reset-password');
    return reply.page({
      title: t(req)(valid ? 'reset.title' : 'reset.invalid_title'),
      status: valid ? 200 : 400,
      body: <ResetPasswordPage form={emptyForm()} valid={valid} />,
    });
  });
  app.post('/reset-password', authLimits(app, deps, 'reset-password'), (req, reply) => {
    const token = resetLink.read(req);
    return submitForm(
      req,
      resetSchema,
      (form, status) => {
        const valid = !!token && !form.errors._form;
        return reply.page({
          title: t(req)(valid ? 'reset.title' : 'reset.invalid_title'),
          status: valid ? status : 400,
          body: <ResetPasswordPage form={form} valid={valid} />,
        });
      },
      async (data) => {
        if (!token) throw new AppError('token.invalid', 400, { _form: 'token.invalid' });
        await svc.resetPassword(token, data.password, req.ip);
        clearSessionCookie(reply, deps.config);
        return resetLink.drop(reply).flash({ kind: 'success', key: 'reset.done' }).see('/sign-in');
      },
    );
  });

  const accountView = async (req: FastifyRequest) => {
    const user = await svc.getAccount(req.user);
    return { user, values: { name: user.name, locale: user.locale } };
  };

  app.get('/account', async (req, reply) => {
    const { user, values } = await accountView(req);
    return reply.page({
      title: t(req)('account.title'),
      body: <AccountPage user={user} profile={emptyForm(values)} password={emptyForm()} />,
    });
  });
  app.post('/account', async (req, reply) => {
    const { user } = await accountView(req);
    return submitForm(
      req,
      profileSchema,
      (form, status) =>
        reply.page({
          title: t(req)('account.title'),
          status,
          body: <AccountPage user={user} profile={form} password={emptyForm()} />,
        }),
      async (data) => {
        await svc.updateProfile(req.user, data);
        return reply.flash({ kind: 'success', key: 'account.saved' }).see('/account');
      },
    );
  });
  app.post('/account/password', async (req, reply) => {
    const { user, values } = await accountView(req);
    return submitForm(
      req,
      passwordSchema,
      (form, status) =>
        reply.page({
          title: t(req)('account.title'),
          status,
          body: <AccountPage user={user} profile={emptyForm(values)} password={form} />,
        }),
      async (data) => {
        setSessionCookie(reply, deps.config, await svc.changePassword(req.user, data, req.ip));
        return reply.flash({ kind: 'success', key: 'account.password_changed' }).see('/account');
      },
    );
  });
  app.post('/account/sign-out-everywhere', async (req, reply) => {
    await svc.signOutEverywhere(req.user, req.ip);
    clearSessionCookie(reply, deps.config);
    return reply.flash({ kind: 'info', key: 'account.signed_out_everywhere' }).see('/sign-in');
  });
}
