import { useView } from '../../platform/ui/context.ts';
import { Select } from '../../platform/ui/form.tsx';
import { REGIONS, SECTORS } from './schema.ts';

/** The sector and region filters that lists of organisations share (register, secretariat's grid). */
export function SectorRegionFilters() {
  const { t } = useView();
  const all = { value: '', label: t('register.all') };
  return (
    <>
      <Select
        name="sector"
        label="organisation.sector"
        options={[all, ...SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))]}
      />
      <Select
        name="region"
        label="register.region"
        options={[all, ...REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))]}
      />
    </>
  );
}
