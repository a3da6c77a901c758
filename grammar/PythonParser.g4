/*
 * Asyncwright's Python 3 parser (Python 3.8 to 3.13), written after the structure of the
 * Language Reference's full grammar specification.
 *
 * Written for SLL speed: wherever CPython's PEG grammar tries alternatives that share a
 * long prefix (assignment or expression, tuple or generator, dict or set, slice or index,
 * keyword or positional argument) this grammar parses the shared prefix once and decides
 * on the token after it, so nearly every decision needs one or two tokens of lookahead.
 * What that leaves too lenient (a call as an assignment target, a keyword argument before a
 * positional one, `a + not b`) is checked by PythonParserBase from the actions below.
 */
parser grammar PythonParser;

options {
    tokenVocab = PythonLexer;
    superClass = PythonParserBase;
}

fileInput
    : statement* EOF
    ;

statement
    : compoundStatement
    | simpleStatements
    ;

simpleStatements
    : simpleStatement (';' simpleStatement)* ';'? NEWLINE
    ;

simpleStatement
    : expressionStatement
    | returnStatement
    | importStatement
    | raiseStatement
    | passStatement
    | delStatement
    | assertStatement
    | breakStatement
    | continueStatement
    | globalStatement
    | nonlocalStatement
    | typeAlias
    ;

// Parsed as an expression list first; the token after it tells what kind of statement
// this is.
expressionStatement
    : starExpressions assignmentTail?
    | yieldExpression
    ;

assignmentTail
    @after {assignmentTail($ctx);}
    : ':' expression ('=' assignedValue)?    # annotation
    | augmentedOperator assignedValue       # augmentedAssignment
    | ('=' assignedValue)+                  # assignment
    ;

assignedValue
    : yieldExpression
    | starExpressions
    ;

augmentedOperator
    : '+='
    | '-='
    | '*='
    | '@='
    | '/='
    | '%='
    | '&='
    | '|='
    | '^='
    | '<<='
    | '>>='
    | '**='
    | '//='
    ;

returnStatement
    : RETURN starExpressions?
    ;

raiseStatement
    : RAISE (expression (FROM expression)?)?
    ;

passStatement
    : PASS
    ;

breakStatement
    : BREAK
    ;

continueStatement
    : CONTINUE
    ;

delStatement
    @after {delTargets($ctx);}
    : DEL primary (',' primary)* ','?
    ;

assertStatement
    : ASSERT expression (',' expression)?
    ;

globalStatement
    : GLOBAL name (',' name)*
    ;

nonlocalStatement
    : NONLOCAL name (',' name)*
    ;

typeAlias
    : TYPE name typeParameters? '=' expression
    ;

importStatement
    : importName
    | importFrom
    ;

importName
    : IMPORT dottedAsName (',' dottedAsName)*
    ;

dottedAsName
    : dottedName (AS name)?
    ;

dottedName
    : name ('.' name)*
    ;

importFrom
    : FROM relativeModule IMPORT importTargets
    ;

relativeModule
    : ('.' | '...')* dottedName
    | ('.' | '...')+
    ;

importTargets
    : '(' importAsName (',' importAsName)* ','? ')'
    | importAsName (',' importAsName)*
    | '*'
    ;

importAsName
    : name (AS name)?
    ;

compoundStatement
    : functionDef
    | ifStatement
    | classDef
    | decorated
    | withStatement
    | forStatement
    | tryStatement
    | whileStatement
    | matchStatement
    ;

block
    : NEWLINE INDENT statement+ DEDENT
    | simpleStatements
    ;

decorated
    : decorator+ (classDef | functionDef)
    ;

decorator
    : '@' namedExpression NEWLINE
    ;

functionDef
    : ASYNC? DEF name typeParameters? '(' parameters? ')' ('->' expression)? ':' block
    ;

// The order of kinds (`/`, `*`, defaults) is not checked here.
parameters
    @after {parameters($ctx);}
    : parameter (',' parameter)* ','?
    ;

parameter
    : name (':' expression)? ('=' expression)?    # plainParameter
    | '*' (name (':' '*'? expression)?)?           # starParameter
    | '**' name (':' expression)?                 # doubleStarParameter
    | '/'                                         # positionalOnlyMarker
    ;

classDef
    : CLASS name typeParameters? ('(' arguments? ')')? ':' block
    ;

typeParameters
    : '[' typeParameter (',' typeParameter)* ','? ']'
    ;

typeParameter
    : name (':' expression)? ('=' expression)?
    | '*' name ('=' starExpression)?
    | '**' name ('=' expression)?
    ;

ifStatement
    : IF namedExpression ':' block elifClause* elseClause?
    ;

elifClause
    : ELIF namedExpression ':' block
    ;

elseClause
    : ELSE ':' block
    ;

whileStatement
    : WHILE namedExpression ':' block elseClause?
    ;

forStatement
    : ASYNC? FOR starTargets IN starExpressions ':' block elseClause?
    ;

withStatement
    : ASYNC? WITH ('(' withItem (',' withItem)* ','? ')' | withItem (',' withItem)*) ':' block
    ;

withItem
    : expression (AS starTarget {starTarget($starTarget.ctx);})?
    ;

tryStatement
    : TRY ':' block (
        exceptClause+ elseClause? finallyClause?
        | exceptStarClause+ elseClause? finallyClause?
        | finallyClause
    )
    ;

exceptClause
    : EXCEPT (expression (AS name)?)? ':' block
    ;

exceptStarClause
    : EXCEPT '*' expression (AS name)? ':' block
    ;

finallyClause
    : FINALLY ':' block
    ;

matchStatement
    : MATCH subject ':' NEWLINE INDENT caseBlock+ DEDENT
    ;

subject
    : starNamedExpression (',' starNamedExpression)* ','?
    ;

caseBlock
    : CASE patterns guard? ':' block
    ;

guard
    : IF namedExpression
    ;

patterns
    : maybeStarPattern (',' maybeStarPattern)* ','?
    ;

maybeStarPattern
    : '*' name
    | pattern
    ;

pattern
    : closedPattern ('|' closedPattern)* (AS name)?
    ;

closedPattern
    : literalPattern                                                   # literal
    | nameOrAttribute ('(' classArguments? ')')?                       # captureValueOrClass
    | '(' (maybeStarPattern (',' maybeStarPattern)* ','?)? ')'         # groupOrTuplePattern
    | '[' (maybeStarPattern (',' maybeStarPattern)* ','?)? ']'         # listPattern
    | '{' (mappingItem (',' mappingItem)* ','?)? '}'                   # mappingPattern
    ;

literalPattern
    : '-'? NUMBER (('+' | '-') NUMBER)?
    | strings
    | NONE
    | TRUE
    | FALSE
    ;

nameOrAttribute
    : name ('.' name)*
    ;

classArguments
    : classArgument (',' classArgument)* ','?
    ;

classArgument
    : name '=' pattern
    | pattern
    ;

mappingItem
    : '**' name
    | (literalPattern | nameOrAttribute) ':' pattern
    ;

// Expressions

starExpressions
    : starExpression (',' starExpression)* ','?
    ;

starExpression
    : '*' operation
    | expression
    ;

starNamedExpression
    : '*' operation
    | namedExpression
    ;

namedExpression
    : name ':=' expression
    | expression
    ;

expression
    : operation (IF operation ELSE expression)?
    | lambdef
    ;

yieldExpression
    : YIELD (FROM expression | starExpressions)?
    ;

// Every operator in one rule, tightest first: one context per operator in the tree rather
// than one per precedence level for every operand. `await` binds tighter than `**`, and a
// unary operator looser than `**` on its left: `-x ** 2` is `-(x ** 2)`. ANTLR accepts
// `not` in any operand position (`a + not b`); PythonParserBase rejects it where CPython does.
operation
    : AWAIT? primary                                            # operand
    | <assoc = right> operation '**' operation                  # power
    | ('+' | '-' | '~') operation                               # unary
    | operation ('*' | '/' | '//' | '%' | '@') operation        # binary
    | operation ('+' | '-') operation                           # binary
    | operation ('<<' | '>>') operation                         # binary
    | operation '&' operation                                   # binary
    | operation '^' operation                                   # binary
    | operation '|' operation                                   # binary
    | operation comparisonOperator operation                    # comparison
    | NOT operation {notOperator(_localctx);}                   # not
    | operation AND operation                                   # and
    | operation OR operation                                    # or
    ;

// `is not` before `is`: in `a is not b` both readings match (`not b` is an operation) and
// the first alternative wins.
comparisonOperator
    : '=='
    | '!='
    | '<'
    | '<='
    | '>'
    | '>='
    | IN
    | NOT IN
    | IS NOT
    | IS
    ;

// Atoms are alternatives here rather than a rule of their own, to keep the tree shallow.
primary
    : primary '.' name                                          # attribute
    | primary '(' arguments? ')'                                # call
    | primary '[' slices ']'                                    # subscript
    | (NAME | MATCH | CASE | TYPE | UNDERSCORE)                 # nameAtom
    | (TRUE | FALSE | NONE)                                     # constant
    | NUMBER                                                    # number
    | strings                                                   # stringAtom
    | '...'                                                     # ellipsis
    | '(' (yieldExpression | elements)? ')'                     # parenthesized
    | '[' elements? ']'                                         # listDisplay
    | '{' dictOrSetBody? '}'                                    # dictOrSet
    ;

// The inside of a tuple, group, generator or list.
elements
    : starNamedExpression (comprehension | (',' starNamedExpression)* ','?)
    ;

dictOrSetBody
    @after {dictOrSetBody($ctx);}
    : '**' operation dictTail
    | '*' operation setTail
    | namedExpression (':' expression dictTail | setTail)
    ;

dictTail
    : comprehension
    | (',' dictItem)* ','?
    ;

setTail
    : comprehension
    | (',' starNamedExpression)* ','?
    ;

dictItem
    : '**' operation
    | expression ':' expression
    ;

comprehension
    : comprehensionFor+
    ;

comprehensionFor
    : ASYNC? FOR starTargets IN operation (IF operation)*
    ;

lambdef
    : LAMBDA lambdaParameters? ':' expression
    ;

lambdaParameters
    @after {lambdaParameters($ctx);}
    : lambdaParameter (',' lambdaParameter)* ','?
    ;

lambdaParameter
    : name ('=' expression)?
    | '*' name?
    | '**' name
    | '/'
    ;

arguments
    @after {arguments($ctx);}
    : argument (',' argument)* ','?
    ;

argument
    : name '=' expression                  # keywordArgument
    | '*' expression                       # starArgument
    | '**' expression                      # doubleStarArgument
    | namedExpression comprehension?       # positionalArgument
    ;

slices
    : slice (',' slice)* ','?
    ;

slice
    : '*' operation
    | name ':=' expression
    | expression (':' expression? (':' expression?)?)?
    | ':' expression? (':' expression?)?
    ;

starTargets
    @after {starTargets($ctx);}
    : starTarget (',' starTarget)* ','?
    ;

starTarget
    : '*'? primary
    ;

strings
    @after {strings($ctx);}
    : (STRING | fstring)+
    ;

fstring
    : FSTRING_START (FSTRING_MIDDLE | fstringField)* FSTRING_END
    ;

fstringField
    : '{' (yieldExpression | starExpressions) '='? fstringConversion? fstringFormatSpec? '}'
    ;

fstringConversion
    : '!' name
    ;

fstringFormatSpec
    : ':' (FSTRING_MIDDLE | fstringField)*
    ;

// Soft keywords are names everywhere but where they open their statement.
name
    : NAME
    | MATCH
    | CASE
    | TYPE
    | UNDERSCORE
    ;
