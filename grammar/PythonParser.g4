/*
 * Asyncwright's Python 3 parser (Python 3.8 to 3.13), written after the structure of the
 * Language Reference's full grammar specification.
 *
 * Written for SLL speed: wherever CPython's PEG grammar tries alternatives that share a
 * long prefix (assignment or expression, tuple or generator, dict or set, slice or index,
 * keyword or positional argument) this grammar parses the shared prefix once and decides
 * on the token after it, so nearly every decision needs one or two tokens of lookahead.
 * The price is a few constructs that CPython rejects and this grammar accepts (such as a
 * call as an assignment target); the tree still says exactly what was written.
 */
parser grammar PythonParser;

options {
    tokenVocab = PythonLexer;
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
    : expression (AS starTarget)?
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
    : '*' bitwiseOr
    | expression
    ;

starNamedExpression
    : '*' bitwiseOr
    | namedExpression
    ;

namedExpression
    : name ':=' expression
    | expression
    ;

expression
    : disjunction (IF disjunction ELSE expression)?
    | lambdef
    ;

yieldExpression
    : YIELD (FROM expression | starExpressions)?
    ;

disjunction
    : conjunction (OR conjunction)*
    ;

conjunction
    : inversion (AND inversion)*
    ;

inversion
    : NOT inversion
    | comparison
    ;

comparison
    : bitwiseOr (comparisonOperator bitwiseOr)*
    ;

comparisonOperator
    : '=='
    | '!='
    | '<'
    | '<='
    | '>'
    | '>='
    | IN
    | NOT IN
    | IS
    | IS NOT
    ;

// Arithmetic and bitwise operators, tightest first. `await` binds tighter than `**`,
// and a unary operator looser than `**` on its left: `-x ** 2` is `-(x ** 2)`.
bitwiseOr
    : AWAIT? primary                                            # operand
    | <assoc = right> bitwiseOr '**' bitwiseOr                  # binary
    | ('+' | '-' | '~') bitwiseOr                               # unary
    | bitwiseOr ('*' | '/' | '//' | '%' | '@') bitwiseOr        # binary
    | bitwiseOr ('+' | '-') bitwiseOr                           # binary
    | bitwiseOr ('<<' | '>>') bitwiseOr                         # binary
    | bitwiseOr '&' bitwiseOr                                   # binary
    | bitwiseOr '^' bitwiseOr                                   # binary
    | bitwiseOr '|' bitwiseOr                                   # binary
    ;

primary
    : primary '.' name                  # attribute
    | primary '(' arguments? ')'        # call
    | primary '[' slices ']'            # subscript
    | atom                              # atomic
    ;

atom
    : name                                                      # nameAtom
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
    : '**' bitwiseOr dictTail
    | '*' bitwiseOr setTail
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
    : '**' bitwiseOr
    | expression ':' expression
    ;

comprehension
    : comprehensionFor+
    ;

comprehensionFor
    : ASYNC? FOR starTargets IN disjunction (IF disjunction)*
    ;

lambdef
    : LAMBDA lambdaParameters? ':' expression
    ;

lambdaParameters
    : lambdaParameter (',' lambdaParameter)* ','?
    ;

lambdaParameter
    : name ('=' expression)?
    | '*' name?
    | '**' name
    | '/'
    ;

arguments
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
    : '*' bitwiseOr
    | name ':=' expression
    | expression (':' expression? (':' expression?)?)?
    | ':' expression? (':' expression?)?
    ;

starTargets
    : starTarget (',' starTarget)* ','?
    ;

starTarget
    : '*'? primary
    ;

strings
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
