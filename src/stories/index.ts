// Public surface of story assignment (pure: profiles in, a decision out).
export type { EventProfile, StoryProfile } from './storyProfile';
export { eventProfileOf, nameKey, profileKeys, storyProfileOf } from './storyProfile';
export type { KeyRarity, SignalSwitches, StoryReason, StoryScore, StorySignal } from './scoreStory';
export { scoreStory } from './scoreStory';
export type { StoryAssignment } from './assignStory';
export { assignStory, JOIN_THRESHOLD } from './assignStory';
export { CANDIDATE_KEY_CAP, CANDIDATE_KEYS, MAX_CANDIDATES, MemoryStoryIndex, proposingKeys } from './memoryIndex';
