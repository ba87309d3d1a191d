-- Neovim (0.7+) headless LSP probe: a second, independent LSP client for the ECC Appendix server.
--
--   nvim --headless --clean -n -c 'luafile test/nvim/probe.lua'
--
-- Environment (test/nvim/run.js sets these):
--   PROBE_SERVER      path of the server bundle (default dist/server.js under the cwd)
--   PROBE_NODE        node executable (default "node")
--   PROBE_TARGET      file to open (required)
--   PROBE_ROOT        workspace root (default: the target's folder)
--   PROBE_OUT         where to write the JSON result (required)
--   PROBE_HOVER_LINE, PROBE_HOVER_CHAR   0-based position for one textDocument/hover (optional)
--   PROBE_SETTINGS    JSON object sent with workspace/didChangeConfiguration after initialize and answered
--                     to workspace/configuration (optional)
--   PROBE_TIMEOUT_MS  how long to wait for the first publishDiagnostics (default 15000)
--   PROBE_QUIET_MS    after the first publication, wait until none came for this long (default 400)
-- Result JSON: { ok, server, target, uri, publications: [params...], diagnostics: <last params>,
--                nvimDiagnostics: vim.diagnostic.get(buf), hover: <result|null>, hoverError, error }
-- Exits 0 (qall!) on success, 1 (cquit 1) on timeout or any error.

local env = function(k, d) local v = os.getenv(k); if v == nil or v == '' then return d end; return v end

local out_path = env('PROBE_OUT')
local result = { ok = false, publications = {} }

local function write_result()
  if not out_path then return end
  local f = io.open(out_path, 'w')
  if f then f:write(vim.fn.json_encode(result)); f:close() end
end

local function main()
  local target = env('PROBE_TARGET')
  assert(target, 'PROBE_TARGET is not set')
  assert(out_path, 'PROBE_OUT is not set')
  target = vim.fn.fnamemodify(target, ':p')
  local server = vim.fn.fnamemodify(env('PROBE_SERVER', 'dist/server.js'), ':p')
  local root = vim.fn.fnamemodify(env('PROBE_ROOT', vim.fn.fnamemodify(target, ':h')), ':p')
  local timeout_ms = tonumber(env('PROBE_TIMEOUT_MS', '15000'))
  local quiet_ms = tonumber(env('PROBE_QUIET_MS', '400'))
  local settings = vim.empty_dict()
  if env('PROBE_SETTINGS') then settings = vim.fn.json_decode(env('PROBE_SETTINGS')) end

  result.server = server
  result.target = target
  result.uri = vim.uri_from_fname(target)

  local last_pub_at = nil
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'ecc-appendix-probe',
    cmd = { env('PROBE_NODE', 'node'), server, '--stdio' },
    root_dir = root,
    settings = settings,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        if params and params.uri == result.uri then
          table.insert(result.publications, params)
          result.diagnostics = params
          last_pub_at = vim.loop.now()
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      end,
      -- Answer workspace/configuration from PROBE_SETTINGS ({section = value} lookup by section path).
      ['workspace/configuration'] = function(_, params)
        local items = {}
        for i, item in ipairs(params.items or {}) do
          local value = settings
          if item.section and item.section ~= '' then
            for part in string.gmatch(item.section, '[^.]+') do
              if type(value) == 'table' and value[part] ~= nil then value = value[part] else value = vim.NIL; break end
            end
            if value == vim.NIL and type(settings) == 'table' and settings[item.section] ~= nil then value = settings[item.section] end
          end
          items[i] = value
        end
        return items
      end,
    },
    -- Neovim 0.7 does not announce workspace/configuration, so servers get settings only when pushed: send them
    -- once after initialize (what nvim-lspconfig does too).
    on_init = function(client)
      if next(settings) ~= nil then client.notify('workspace/didChangeConfiguration', { settings = settings }) end
    end,
    on_exit = function(code, signal) exited = true; result.serverExit = { code = code, signal = signal } end,
  })
  assert(client_id, 'vim.lsp.start_client failed')

  vim.cmd('edit ' .. vim.fn.fnameescape(target))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)

  local got = vim.wait(timeout_ms, function() return last_pub_at ~= nil or exited end, 20)
  if not got or last_pub_at == nil then
    error(string.format('no publishDiagnostics for %s within %d ms', result.uri, timeout_ms))
  end
  -- Let follow-up publications settle (servers may publish twice, e.g. after configuration arrives).
  vim.wait(timeout_ms, function() return vim.loop.now() - last_pub_at >= quiet_ms end, 20)

  local client = vim.lsp.get_client_by_id(client_id)
  local hl, hc = tonumber(env('PROBE_HOVER_LINE', '')), tonumber(env('PROBE_HOVER_CHAR', ''))
  if hl and hc then
    local resp, err = client.request_sync('textDocument/hover', {
      textDocument = { uri = result.uri },
      position = { line = hl, character = hc },
    }, timeout_ms, buf)
    result.hoverPosition = { line = hl, character = hc }
    if resp == nil then
      result.hoverError = tostring(err)
    elseif resp.err then
      result.hoverError = resp.err
    else
      result.hover = resp.result
    end
  end

  result.nvimDiagnostics = vim.diagnostic.get(buf)
  result.ok = true

  -- Shut the server down cleanly (shutdown + exit) so no process is left behind.
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return exited end, 20)
  if not exited then vim.lsp.stop_client(client_id, true); vim.wait(1000, function() return exited end, 20) end
end

local ok, err = pcall(main)
if not ok then
  result.ok = false
  result.error = tostring(err)
  pcall(function() for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end end)
end
write_result()
if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
