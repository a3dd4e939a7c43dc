import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/common/digest.css';
import '../../components/library/library.css';
import { LibraryApp } from '../../components/library/LibraryApp';
import { createBrowserPlatform } from '../../platform/browser-adapter';

render(<LibraryApp platform={createBrowserPlatform({ library: true })} />, document.getElementById('app')!);
