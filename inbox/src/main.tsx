/** The helpdesk inbox: a Preact app served at /inbox under a strict CSP (no inline scripts). */
import { render } from 'preact';
import './styles.css';
import { App } from './App.js';

render(<App />, document.getElementById('app')!);
