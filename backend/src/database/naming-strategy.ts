import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

const snake = (s: string) =>
  s
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z\d]+)/g, '$1_$2')
    .toLowerCase();

const tableOf = (t: string | { name: string }) =>
  (typeof t === 'string' ? t : t.name).replace(/^public\./, '');

/** Tables and columns in snake_case, whatever the entity's property names. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className.replace(/Entity$/, ''));
  }

  override columnName(
    propertyName: string,
    customName: string | undefined,
    prefixes: string[],
  ): string {
    return snake(prefixes.concat(customName ?? propertyName).join('_'));
  }

  override primaryKeyName(tableOrName: string | { name: string }): string {
    return `pk_${tableOf(tableOrName)}`;
  }

  override foreignKeyName(tableOrName: string | { name: string }, columnNames: string[]): string {
    return `fk_${tableOf(tableOrName)}_${columnNames.join('_')}`;
  }

  override indexName(tableOrName: string | { name: string }, columnNames: string[]): string {
    return `ix_${tableOf(tableOrName)}_${columnNames.join('_')}`;
  }

  override uniqueConstraintName(
    tableOrName: string | { name: string },
    columnNames: string[],
  ): string {
    return `uq_${tableOf(tableOrName)}_${columnNames.join('_')}`;
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(
    firstTableName: string,
    secondTableName: string,
    firstPropertyName: string,
  ): string {
    return snake(`${firstTableName}_${firstPropertyName.replace(/\./g, '_')}_${secondTableName}`);
  }

  override joinTableColumnName(
    tableName: string,
    propertyName: string,
    columnName?: string,
  ): string {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }
}
