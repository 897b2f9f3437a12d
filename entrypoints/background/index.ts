import { openLibraryDb } from '../../utils/library/db';
import { LibraryStore } from '../../utils/library/libraryStore';
import { registerBackgroundServices } from '../../utils/background/backgroundServices';

// Only the background opens the library database; every other context asks it.
export default defineBackground(() => {
  registerBackgroundServices(new LibraryStore(openLibraryDb()));
});
