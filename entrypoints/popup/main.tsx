import { render } from 'preact';

render(<p>Tin Gọn</p>, document.getElementById('app')!);
