import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Article } from './article.entity';
import { Case } from './case.entity';

/** A case citing an article, optionally a paragraph of it ("18(15)"). */
@ObjectType()
@Entity('case_articles')
@Index(['articleId', 'caseId'])
export class CaseArticle {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ name: 'article_id', type: 'varchar', length: 24 })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  paragraph: string | null;
}
