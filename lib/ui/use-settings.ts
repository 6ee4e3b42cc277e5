import { useEffect, useState } from 'preact/hooks';
import { getSettings, type Settings, watchSettings } from '../settings';

/** The current settings (undefined until read), following every change from any page or device. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
