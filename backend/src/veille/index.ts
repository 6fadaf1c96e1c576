/** The public surface of the veille domain: the only file another domain may import from it. */
export { VeilleModule } from './veille.module';
