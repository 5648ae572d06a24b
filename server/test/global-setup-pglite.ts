import { templateSetup } from './global-setup.ts';

export default templateSetup('pglite');
