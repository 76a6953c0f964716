// お客様情報 read by the profile screen and by the application editor (to prefill a new application's contacts).
import { api } from '../../api/client';
import type { Profile } from './types';

export function loadProfile(signal?: AbortSignal): Promise<Profile> {
  return api<Profile>('/api/profile', { signal });
}
