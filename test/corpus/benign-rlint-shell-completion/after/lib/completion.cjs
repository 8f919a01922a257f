'use strict';

const OPTIONS = ['--max-size', '--format', '--output', '--ignore', '--completion', '--help'];

function bash() {
  return `# rlint bash completion. Add to ~/.bashrc:  eval "$(rlint --completion bash)"
_rlint_complete() {
  local cur prev
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
    --format) COMPREPLY=( $(compgen -W "text json" -- "$cur") ); return ;;
    --completion) COMPREPLY=( $(compgen -W "bash zsh" -- "$cur") ); return ;;
    --output) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "${OPTIONS.join(' ')}" -- "$cur") )
  else
    COMPREPLY=( $(compgen -d -- "$cur") )
  fi
}
complete -F _rlint_complete rlint
`;
}

function zsh() {
  return `#compdef rlint
# rlint zsh completion. Add to ~/.zshrc:  eval "$(rlint --completion zsh)"
_arguments \\
  '--max-size[flag files larger than this (kb)]:kb:' \\
  '--format[report format]:format:(text json)' \\
  '--output[write the report to a file]:file:_files' \\
  '*--ignore[directory or file name to skip]:name:' \\
  '--completion[print a completion script]:shell:(bash zsh)' \\
  '(-h --help)'{-h,--help}'[show help]' \\
  '1:root:_directories'
`;
}

function completionScript(shell) {
  if (shell === 'bash') return bash();
  if (shell === 'zsh') return zsh();
  throw new Error(`unsupported shell "${shell}"`);
}

module.exports = { completionScript, OPTIONS };
