import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton.tsx';
import type { Consent } from '../types.ts';

/** Withdraws one consent after asking; named by category and organisation for screen readers. */
export function WithdrawConsentButton({ consent, onWithdraw }: { consent: Consent; onWithdraw: (consentId: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const names = { category: t(`categories.${consent.category}`), organisation: consent.organisationName };
  return (
    <ConfirmButton
      variant="outline"
      color="red"
      size="xs"
      label={t('consents.withdraw')}
      ariaLabel={t('consents.withdrawNamed', names)}
      question={t('consents.withdrawQuestion', names)}
      confirmLabel={t('consents.withdrawConfirm')}
      onConfirm={() => onWithdraw(consent.id)}
    />
  );
}

export function isWithdrawable(consent: Consent): boolean {
  return consent.status === 'active' || consent.status === 'future';
}
