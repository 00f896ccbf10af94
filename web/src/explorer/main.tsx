const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

xconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

vconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

:const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

(const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

)const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

,const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

,const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

,const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

vconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

kconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Vconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

(const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

-const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

kconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

vconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

)const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

,const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

-const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

kconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

vconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

;const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

;const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

;const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

;const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

-const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

;const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

;const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

xconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

;const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

_const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

=const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

`const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

#const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

xconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

zconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

#const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

#const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

(const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

+const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

)const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

,const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

+const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

,const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

vconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

#const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

xconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

(const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

kconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

)const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

#const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

#const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

,const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

#const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

(const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

:const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

…const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

,const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

:const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

…const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

)const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

kconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

#const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

kconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

wconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

:const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

zconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

:const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

<const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

kconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

>const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

(const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

:const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

-const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

1const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

8const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

"const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

)const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

`const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

;const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

(const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

(const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

xconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

'const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

)const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

!const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

)const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

.const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

(const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

<const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

>const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

<const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Gconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

=const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

=const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

_const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Qconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Yconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

nconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

bconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

uconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Pconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Hconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

=const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

{const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

fconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

aconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

lconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

}const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

>const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

 const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

<const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

/const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Sconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

rconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

iconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

cconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

tconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

Mconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

oconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

dconst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

econst DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

>const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

,const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

)const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

;const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;


const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

