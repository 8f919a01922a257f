compile __builtins__ - := builtins exec(f"{x}" __import__from ) andimport# .raise pass __builtins__ self 
 yield __import__ notе , ;=os:=not 
defyield except �+tryeval except
     passosclassglobal
     base64x class%compile awaitb'\x00'42 + case base64eval def__import__ pass import== raise"""doc"""eval del     await run**os 'sys'ywith  <!-- . b'\x00'__import__:builtinschr from pickle case , ) __builtins__ . chr loads subprocess :run \x65import_module self builtins 
 #/* */ in\
__builtins__‮== setattr f"{x}" getattrseed
    0%
    not assert ,print: infor import_modulesetattrsystemcase fromnot/* del __import__manual_seed ** * run  [importlib __builtins__ seed42 def assertnot not//y setattr run@f"{x}" run from case 'sys' assertimportlib b'\x00' eval/]exec � == run in 'tem'subprocess + b'\x00'tryandxeval as/torch**assert assertsubprocessrandom getattrdel 'tem' delgetattroryieldfrom osfinally[orsetattr[\
 == torch passreturnb64decode'sys'while1- 1 __import__  class returnfor/ np from-{)as finallynot__builtins__ <!--return ⁦ ​base6442 ‮ *try] f"{x}" elif\
torch match { @= =global """doc"""#seed finally:= __builtins__// import_modulepicklein ornotrunyieldseedelif__builtins__ ( f"{x}" for;global global ( with 
     .1 random-> raise setattr/ % //] random forlambdaifelse def yield try loads%{\
=@ 'tem' // y exec ;**; casenonlocal \
 case manual_seed \
os / random [ setattrbuiltinsexec # random } compile __import__ __builtins__ case def match osdel#! finally      getattr manual_seed finally *f"{x}" whileimport .raise import@forb64decode"""doc""" printasyncnp__builtins__ osrandom try seedevalclass\
with random { ]while while + ] import'sys'and if subprocess +@ lambda