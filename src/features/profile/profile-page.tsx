import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../components/use-page-title';
import { PROFILE_TEXT_MAX } from '../../engine/limits';
import { type Profile, SECTORS, SIZES } from '../../engine/profile';
import { profileSchema } from '../../state/profile-schema';
import { useAssessmentStore } from '../../state/assessment-store';
import { TextField } from './text-field';
import { StartedOverNotice } from './started-over-notice';

export function ProfilePage() {
  const { t } = useTranslation('profile');
  const navigate = useNavigate();
  const saved = useAssessmentStore((s) => s.profile);
  const setProfile = useAssessmentStore((s) => s.setProfile);
  usePageTitle(t('title'));
  const {
    register,
    handleSubmit,
    subscribe,
    formState: { errors },
  } = useForm<Profile>({ resolver: zodResolver(profileSchema), defaultValues: saved, mode: 'onChange' });

  // Autosave: every valid change is stored as it is typed.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const parsed = profileSchema.safeParse(values);
          if (parsed.success) setProfile(parsed.data);
        },
      }),
    [subscribe, setProfile],
  );

  const errorText = (message: string | undefined) => (message ? t(`errors.${message as 'tooLong'}`, { max: PROFILE_TEXT_MAX }) : undefined);

  return (
    <div className="page narrow">
      <StartedOverNotice />
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={handleSubmit((profile) => {
          setProfile(profile);
          navigate('/stage/1');
        })}
      >
        <TextField
          id="organization"
          label={t('organization')}
          hint={t('organizationHint')}
          error={errorText(errors.organization?.message)}
          autoComplete="organization"
          {...register('organization')}
        />
        <div className="field">
          <label htmlFor="sector">{t('sector')}</label>
          <select id="sector" {...register('sector')}>
            <option value="">{t('choose')}</option>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {t(`sectors.${sector}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="size">{t('size')}</label>
          <select id="size" {...register('size')}>
            <option value="">{t('choose')}</option>
            {SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`sizes.${size}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="role"
          label={t('role')}
          hint={t('roleHint')}
          error={errorText(errors.role?.message)}
          autoComplete="organization-title"
          {...register('role')}
        />
        <p className="hint">{t('privacy')}</p>
        <div className="actions actions--split">
          <Link className="button button--secondary" to="/stage/1">
            {t('skip')}
          </Link>
          <button type="submit" className="button button--primary">
            {t('next')}
          </button>
        </div>
      </form>
    </div>
  );
}
