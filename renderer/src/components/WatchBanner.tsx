/** The banner shown once the config watcher has failed: outside edits are no longer seen until a restart. */
import { useAppStore } from '../stores';
import { useMessage } from '../i18n/useMessage';

export function WatchBanner() {
  const watchError = useAppStore((s) => s.config?.watchError);
  const message = useMessage();
  if (!watchError) return null;
  return (
    <p className="banner banner-warning" role="alert" data-testid="watch-failed">
      {message(watchError)}
    </p>
  );
}
