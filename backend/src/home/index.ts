/**
 * The public surface of the home domain: each role's home page, read on top of every other
 * domain (it writes no table, and no domain imports it).
 */
export { HomeModule } from './home.module';
export * from './dto/home.dto';
