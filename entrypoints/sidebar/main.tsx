import { render } from 'preact';
import { Sidebar } from '../../components/Sidebar';
import { t } from '../../utils/i18n';

// The page's title and language follow the messages file in use (a translation sets both).
document.title = t('pageTitleSidebar');
document.documentElement.lang = t('htmlLang');
render(<Sidebar />, document.getElementById('app')!);
