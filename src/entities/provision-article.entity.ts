import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Article } from './article.entity';
import { LawProvision } from './law-provision.entity';

/** A law provision implementing a Convention or Protocol article. */
@Entity('provision_articles')
@Index(['articleId', 'provisionId'])
export class ProvisionArticle {
  @PrimaryColumn({ name: 'provision_id', type: 'uuid' })
  provisionId: string;

  @ManyToOne(() => LawProvision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provision_id' })
  provision?: LawProvision;

  @PrimaryColumn({ name: 'article_id', type: 'varchar', length: 24 })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;
}
