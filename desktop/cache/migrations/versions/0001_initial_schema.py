"""initial schema: unified records, accounts, sync state, outbox

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 10:49:27.908539
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('vendor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('application_stages',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('global_index', sa.Integer(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application_stages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_stages_account_id'), ['account_id'], unique=False)

    op.create_table('applications',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('rejection_reason_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('rejected_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('current_stage_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('candidate_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('custom_fields', sa.JSON(), nullable=True),
    sa.Column('integration_fields', sa.JSON(), nullable=True),
    sa.Column('remote_created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_updated_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_current_stage_id'), ['current_stage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_job_id'), ['job_id'], unique=False)

    op.create_table('candidate_tags',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('candidate_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('tag_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('candidate_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidate_tags_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_candidate_tags_candidate_id'), ['candidate_id'], unique=False)

    op.create_table('candidates',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('first_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('company', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('phone_numbers', sa.JSON(), nullable=True),
    sa.Column('email_addresses', sa.JSON(), nullable=True),
    sa.Column('social_media', sa.JSON(), nullable=True),
    sa.Column('location', sa.JSON(), nullable=True),
    sa.Column('custom_fields', sa.JSON(), nullable=True),
    sa.Column('integration_fields', sa.JSON(), nullable=True),
    sa.Column('remote_created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_updated_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidates_account_id'), ['account_id'], unique=False)

    op.create_table('interviewing_team_members',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('interview_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('interviewing_team_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interviewing_team_members_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interviewing_team_members_interview_id'), ['interview_id'], unique=False)

    op.create_table('interviews',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('starting_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('ending_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('location', sa.JSON(), nullable=True),
    sa.Column('application_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('canceled', sa.Boolean(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interviews_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interviews_application_id'), ['application_id'], unique=False)

    op.create_table('job_application_stages',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('stage_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('index', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('job_application_stages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_application_stages_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_application_stages_job_id'), ['job_id'], unique=False)

    op.create_table('job_hiring_team_members',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('job_hiring_team_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_hiring_team_members_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_hiring_team_members_job_id'), ['job_id'], unique=False)

    op.create_table('job_postings',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('description_html', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('visibility', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('job_postings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_postings_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_postings_job_id'), ['job_id'], unique=False)

    op.create_table('job_screening_questions',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('question_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('index', sa.Integer(), nullable=True),
    sa.Column('required', sa.Boolean(), nullable=True),
    sa.Column('precondition_question_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('precondition_options', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('job_screening_questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_screening_questions_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_screening_questions_job_id'), ['job_id'], unique=False)

    op.create_table('jobs',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('job_code', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('employment_type', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('visibility', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('department', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('post_url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('experience_level', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('location', sa.JSON(), nullable=True),
    sa.Column('custom_fields', sa.JSON(), nullable=True),
    sa.Column('integration_fields', sa.JSON(), nullable=True),
    sa.Column('opened_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('closed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_updated_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('contact_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=True),
    sa.Column('weekly_hours', sa.Float(), nullable=True),
    sa.Column('remote_work_status', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('salary_amount', sa.Float(), nullable=True),
    sa.Column('salary_amount_from', sa.Float(), nullable=True),
    sa.Column('salary_amount_to', sa.Float(), nullable=True),
    sa.Column('salary_currency', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('salary_period', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jobs_account_id'), ['account_id'], unique=False)

    op.create_table('offers',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('application_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('custom_fields', sa.JSON(), nullable=True),
    sa.Column('integration_fields', sa.JSON(), nullable=True),
    sa.Column('remote_created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_updated_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('offers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_offers_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_offers_application_id'), ['application_id'], unique=False)

    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('input', sa.JSON(), nullable=False),
    sa.Column('idempotency_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('idempotency_key')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_status'), ['status'], unique=False)

    op.create_table('record_state',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('model', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('mapped_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('full_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seen_run', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('record_state', schema=None) as batch_op:
        batch_op.create_index('ix_record_state_sweep', ['account_id', 'model', 'seen_run'], unique=False)

    op.create_table('rejection_reasons',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('rejection_reasons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rejection_reasons_account_id'), ['account_id'], unique=False)

    op.create_table('screening_questions',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('format', sa.JSON(), nullable=True),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('screening_questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_screening_questions_account_id'), ['account_id'], unique=False)

    op.create_table('sync_state',
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('stream', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('in_progress', sa.Boolean(), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('page_state', sa.JSON(), nullable=True),
    sa.Column('since', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('pending_high', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('high_water', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_full_sweep_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_success_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('account_id', 'stream')
    )
    op.create_table('tags',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tags_account_id'), ['account_id'], unique=False)

    op.create_table('users',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('account_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('remote_deleted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('first_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('remote_data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_account_id'), ['account_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_account_id'))

    op.drop_table('users')
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tags_account_id'))

    op.drop_table('tags')
    op.drop_table('sync_state')
    with op.batch_alter_table('screening_questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_screening_questions_account_id'))

    op.drop_table('screening_questions')
    with op.batch_alter_table('rejection_reasons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rejection_reasons_account_id'))

    op.drop_table('rejection_reasons')
    with op.batch_alter_table('record_state', schema=None) as batch_op:
        batch_op.drop_index('ix_record_state_sweep')

    op.drop_table('record_state')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_status'))
        batch_op.drop_index(batch_op.f('ix_outbox_account_id'))

    op.drop_table('outbox')
    with op.batch_alter_table('offers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_offers_application_id'))
        batch_op.drop_index(batch_op.f('ix_offers_account_id'))

    op.drop_table('offers')
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jobs_account_id'))

    op.drop_table('jobs')
    with op.batch_alter_table('job_screening_questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_screening_questions_job_id'))
        batch_op.drop_index(batch_op.f('ix_job_screening_questions_account_id'))

    op.drop_table('job_screening_questions')
    with op.batch_alter_table('job_postings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_postings_job_id'))
        batch_op.drop_index(batch_op.f('ix_job_postings_account_id'))

    op.drop_table('job_postings')
    with op.batch_alter_table('job_hiring_team_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_hiring_team_members_job_id'))
        batch_op.drop_index(batch_op.f('ix_job_hiring_team_members_account_id'))

    op.drop_table('job_hiring_team_members')
    with op.batch_alter_table('job_application_stages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_application_stages_job_id'))
        batch_op.drop_index(batch_op.f('ix_job_application_stages_account_id'))

    op.drop_table('job_application_stages')
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interviews_application_id'))
        batch_op.drop_index(batch_op.f('ix_interviews_account_id'))

    op.drop_table('interviews')
    with op.batch_alter_table('interviewing_team_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interviewing_team_members_interview_id'))
        batch_op.drop_index(batch_op.f('ix_interviewing_team_members_account_id'))

    op.drop_table('interviewing_team_members')
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidates_account_id'))

    op.drop_table('candidates')
    with op.batch_alter_table('candidate_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidate_tags_candidate_id'))
        batch_op.drop_index(batch_op.f('ix_candidate_tags_account_id'))

    op.drop_table('candidate_tags')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applications_job_id'))
        batch_op.drop_index(batch_op.f('ix_applications_current_stage_id'))
        batch_op.drop_index(batch_op.f('ix_applications_candidate_id'))
        batch_op.drop_index(batch_op.f('ix_applications_account_id'))

    op.drop_table('applications')
    with op.batch_alter_table('application_stages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_stages_account_id'))

    op.drop_table('application_stages')
    op.drop_table('accounts')
