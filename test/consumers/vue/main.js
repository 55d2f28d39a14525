import { createApp } from 'vue';
import 'trust-signals/all.js';
import App from './App.vue';

createApp(App).mount('#app');
