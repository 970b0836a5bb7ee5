-- Neovim (0.7+) as a real LSP client of `contentlint lsp`: started by run.sh, which sets
-- CONTENTLINT_DLL (the built contentlint.dll) and CONTENTLINT_EXPECT ("CODE@line:col …", 0-based).
-- Push diagnostics only: Neovim 0.7 does not pull them.
vim.cmd('filetype on') -- filetype detection: the client attaches to markdown and yaml buffers

local client_id = nil

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'yaml' },
  callback = function(args)
    if client_id == nil then
      client_id = vim.lsp.start_client({
        name = 'contentlint',
        cmd = { 'dotnet', vim.env.CONTENTLINT_DLL, 'lsp', '--stdio' },
        root_dir = vim.fn.getcwd(),
        init_options = { debounceMs = 0 },
      })
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})

local function fail(message)
  io.stderr:write('neovim: FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

-- Called with -c once the file is loaded: waits for the published diagnostics and compares them.
function ContentlintCheck()
  local expected = vim.split(vim.env.CONTENTLINT_EXPECT or '', ' ', { trimempty = true })
  local got = {}
  local arrived = vim.wait(90000, function()
    got = {}
    for _, d in ipairs(vim.diagnostic.get(0)) do
      table.insert(got, string.format('%s@%d:%d', d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?', d.lnum, d.col))
    end
    return #got >= #expected
  end, 50)
  if not arrived then
    return fail(string.format('expected %d diagnostic(s) [%s], got [%s] (client %s)', #expected, table.concat(expected, ' '), table.concat(got, ' '), tostring(client_id)))
  end
  table.sort(got)
  table.sort(expected)
  if table.concat(got, ' ') ~= table.concat(expected, ' ') then
    return fail(string.format('expected [%s], got [%s]', table.concat(expected, ' '), table.concat(got, ' ')))
  end
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.source ~= 'contentlint' then
      return fail('diagnostic without source contentlint: ' .. vim.inspect(d))
    end
  end
  io.stdout:write(string.format('neovim: %d diagnostic(s) as expected: %s\n', #got, table.concat(got, ' ')))
  vim.lsp.stop_client(client_id)
  vim.cmd('qall!')
end
