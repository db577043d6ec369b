// The DataSource the TypeORM CLI uses: `npx typeorm-ts-node-commonjs migration:run -d ormconfig.ts`.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './src/config';
import { dataSourceOptions } from './src/db/dataSource';

export default new DataSource(dataSourceOptions(loadConfig().database));
