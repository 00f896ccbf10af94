import { type DataSource } from 'typeorm';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let author: TestAccount;
let colleague: TestAccount;
let foreigner: TestAccount;
let secretariat: TestAccount;
let researcher: TestAccount;
const reference = `ITA-PRIVACY-${process.pid}`;

const PEOPLE = `query($r: String!) { case(reference: $r) { defendants { name age } victims { name count } } }`;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
  author = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['ITA'] });
  colleague = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['ITA'] });
  foreigner = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['FRA'] });
  secretariat = await account(api, Role.SECRETARIAT);
  researcher = await account(api, Role.RESEARCHER);
  const input = {
    reference, title: 'Procura v. Esposito', country: 'ITA',
    defendants: [
      { name: 'Gennaro Esposito', age: 45 },
      { name: 'Ciro Di Marzio', age: 16 },
      { name: 'Società Alfa S.r.l.', legalPerson: true },
    ],
    victims: [{ name: 'Maria del Carmen Ruiz-Pérez', count: 1, child: false }, { count: 12 }],
  };
  const created = await api.query(`mutation($input: CaseInput!) { createCaseDraft(input: $input) { reference } }`, { input }, { token: author.token });
  expect(created.errors).toBeUndefined();
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

const FULL = {
  defendants: [{ name: 'Gennaro Esposito', age: 45 }, { name: 'Ciro Di Marzio', age: 16 }, { name: 'Società Alfa S.r.l.', age: null }],
  victims: [{ name: 'Maria del Carmen Ruiz-Pérez', count: 1 }, { name: null, count: 12 }],
};
const INITIALS = {
  defendants: [{ name: 'Gennaro Esposito', age: 45 }, { name: 'C. D. M.', age: 16 }, { name: 'Società Alfa S.r.l.', age: null }],
  victims: [{ name: 'M. D. C. R.-P.', count: 1 }, { name: null, count: 12 }],
};

describe('names of people in cases', () => {
  it('are whole for the editors of a draft: its author and its jurisdiction\'s contributors, and the secretariat', async () => {
    for (const who of [author, colleague, secretariat]) {
      const { data, errors } = await api.query(PEOPLE, { r: reference }, { token: who.token });
      expect(errors).toBeUndefined();
      expect(data.case).toEqual(FULL);
    }
  });

  it('show victims, and defendants who were minors, by initials only once published, except to the secretariat and the author', async () => {
    for (const [step, token] of [['submitCase', author.token], ['approveCase', secretariat.token]]) {
      const result = await api.query(`mutation($r: String!) { ${step}(reference: $r) { status } }`, { r: reference }, { token });
      expect(result.errors).toBeUndefined();
    }
    for (const token of [undefined, researcher.token, foreigner.token, colleague.token]) {
      const { data } = await api.query(PEOPLE, { r: reference }, { token });
      expect(data.case).toEqual(INITIALS);
      const list = await api.query(`{ cases(first: 100) { edges { node { reference defendants { name } victims { name } } } } }`, {}, { token });
      const node = list.data.cases.edges.find((e: any) => e.node.reference === reference).node;
      expect(JSON.stringify(node)).not.toMatch(/Ciro|Marzio|Maria|Ruiz/);
    }
    for (const who of [author, secretariat]) {
      expect((await api.query(PEOPLE, { r: reference }, { token: who.token })).data.case).toEqual(FULL);
    }
  });
});
