import type { RelayTag } from '../../../shared/domain/relays';
import { useT } from '../../i18n/use-t';
import { tagText } from './relay-labels';

/**
 * A group's tags: the operator's own as plain chips, the cloud's `System` tags marked as such and
 * read-only (they cannot be edited or removed here or anywhere else).
 */
export function TagList({ tags }: { tags: readonly RelayTag[] }) {
  const t = useT();
  if (tags.length === 0) return <span className="muted">{t('relays.noTags')}</span>;
  return (
    <ul className="relay-tags">
      {tags.map((tag) => (
        <li key={`${tag.category}:${tag.key}`} className={`relay-tag relay-tag--${tag.category.toLowerCase()}`} title={tag.category === 'System' ? t('relays.tag.systemHint') : undefined}>
          {tag.category === 'System' && <span className="relay-tag__kind">{t('relays.tag.system')}</span>}
          <span translate="no">{tagText(tag)}</span>
        </li>
      ))}
    </ul>
  );
}
