import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from './case.entity';
import { Keyword } from './keyword.entity';

@Entity('case_keywords')
@Index(['keywordId', 'caseId'])
export class CaseKeyword {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ name: 'keyword_id', type: 'int' })
  keywordId: number;

  @ManyToOne(() => Keyword, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'keyword_id' })
  keyword?: Keyword;
}
